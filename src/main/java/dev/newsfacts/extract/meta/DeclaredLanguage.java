package dev.newsfacts.extract.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/** A language the input declares ("en", "en-US", "EN_gb"), as its primary ISO 639 code; what the detector says otherwise. */
public final class DeclaredLanguage {
  private static final Pattern TAG = Pattern.compile("\\A([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\\z");

  private DeclaredLanguage() {}

  /** The declared language when it is a language tag, else {@code guessed}. */
  public static String or(String declared, String guessed) {
    if (declared == null) return guessed;
    var m = TAG.matcher(declared.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : guessed;
  }
}
