package dev.newsfacts.extract;

import dev.newsfacts.extract.language.LanguageProfile;
import dev.newsfacts.extract.language.LanguageSteps;
import dev.newsfacts.extract.lexicon.GivenNames;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of French, German and Spanish, each built on the first article in that language and
 * then shared (an English-only run builds none: at a cold start they cost more CPU than the English
 * word lists). A language's steps are a function of its profile files and the given names alone, so
 * when they are built never changes a result. Thread-safe.
 */
final class OtherLanguages {
  private static final Set<String> CODES = Set.of("fr", "de", "es");
  private final GivenNames given;
  private final Map<String, LanguageSteps> built = new ConcurrentHashMap<>();

  OtherLanguages(GivenNames given) {
    this.given = given;
  }

  /** The steps of {@code code}'s language, or null for English and every language without a profile. */
  LanguageSteps get(String code) {
    if (code == null || !CODES.contains(code)) return null;
    return built.computeIfAbsent(code, c -> new LanguageSteps(LanguageProfile.read(c), given));
  }
}
