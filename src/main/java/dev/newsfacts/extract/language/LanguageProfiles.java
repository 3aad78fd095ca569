package dev.newsfacts.extract.language;

import java.util.Map;
import java.util.Optional;

/**
 * The profiles the extractor has: English, French, German and Spanish. Read once (a few small
 * files), shared by every thread: profiles are immutable.
 */
public final class LanguageProfiles {
  public static final String ENGLISH = "en";
  private final Map<String, LanguageProfile> byCode;

  private LanguageProfiles(Map<String, LanguageProfile> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static LanguageProfiles load() {
    return new LanguageProfiles(Map.of(
        "en", LanguageProfile.read("en"), "fr", LanguageProfile.read("fr"),
        "de", LanguageProfile.read("de"), "es", LanguageProfile.read("es")));
  }

  /** The profile of an ISO 639-1 code, empty for a language without one. */
  public Optional<LanguageProfile> forCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  public LanguageProfile english() {
    return byCode.get(ENGLISH);
  }

  /**
   * The English marks alone, for the English quote extractor built without the other profiles: only
   * {@code marks.txt} is read (English has no other profile file; asking the class loader for each missing one
   * costs a cold start a lookup apiece).
   */
  public static java.util.List<MarkPair> englishMarks() {
    return LanguageProfile.marks(ENGLISH);
  }
}
