package dev.newsfacts.extract.lexicon;

import java.util.Locale;
import java.util.regex.Pattern;

/** Personal pronouns that can stand for a source, with the gender they carry. */
public final class Pronouns {
  /** A contraction the tokenizer leaves on its pronoun when the apostrophe is curly ("He’s", "I’ve", "they’re"). */
  private static final Pattern CONTRACTION = Pattern.compile("['’](?:s|ve|m|ll|d|re)\\z");

  private Pronouns() {}

  /** 'M', 'F', 'P' (plural or unknown person: they, we), 'I' (first person), or 0 when not a subject pronoun. */
  public static char subjectKind(String w) {
    return switch (bare(w)) {
      case "he" -> 'M';
      case "she" -> 'F';
      case "they", "we" -> 'P';
      case "i" -> 'I';
      default -> 0;
    };
  }

  /** The word in lower case without a contraction glued to it: "He’s" → "he". */
  public static String bare(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return CONTRACTION.matcher(lower).replaceFirst("");
  }
}
