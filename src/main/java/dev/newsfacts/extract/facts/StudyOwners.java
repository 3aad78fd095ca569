package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who owns a study when the name before the study noun is not an organisation's: "the INE's Egatur survey" is the
 * institute's survey, not a body called Egatur; "a federation survey of 4,800 members" is the survey of the federation
 * the story named ("the NSW Teachers Federation").
 */
final class StudyOwners {
  private static final Pattern STUDY_AFTER = Pattern.compile(
      "\\A[ \\u00A0]+(?:survey|poll|report|study|index|data|figures|statistics|bulletin|census|estimates?)\\b");
  /** "a federation survey", "the union's poll", "its own survey" of an organisation written as a common noun. */
  private static final Pattern NOUN_STUDY = Pattern.compile(
      "\\b(?:[Aa]n?|[Tt]he)[ \\u00A0]+(?:(?:new|latest|recent|own|annual|online)[ \\u00A0]+)?(?<noun>\\p{Ll}+)(?:['’]s)?"
          + "[ \\u00A0]+(?:survey|poll|study|report|analysis)\\b");

  private StudyOwners() {}

  /** Whether a study noun follows the mention ending at {@code mentionEnd}: the mention names the study, not its owner. */
  static boolean namesTheStudy(String text, int mentionEnd) {
    return STUDY_AFTER.matcher(text).region(mentionEnd, text.length()).lookingAt();
  }

  /**
   * The organisation a common noun before a study noun in {@code [from, to)} stands for ("a federation survey"), or
   * null. Asked only of a sentence that names a study ({@code CommonNounSources.namesStudy}), which the caller tests once.
   */
  static LinkedMention byNoun(String text, int from, int to, EntityIndex entities) {
    Matcher x = NOUN_STUDY.matcher(text).region(from, to);
    while (x.find()) {
      LinkedMention m = OwnerReference.byNoun(text, entities, x.start(), x.group("noun"));
      if (m != null) return m;
    }
    return null;
  }
}
