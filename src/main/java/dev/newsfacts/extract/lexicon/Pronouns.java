package dev.newsfacts.extract.lexicon;

import java.util.Locale;

/** Personal pronouns that can stand for a source, with the gender they carry. */
public final class Pronouns {
  private Pronouns() {}

  /** 'M', 'F', 'P' (plural or unknown person: they, we), 'I' (first person), or 0 when not a subject pronoun. */
  public static char subjectKind(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "he" -> 'M';
      case "she" -> 'F';
      case "they", "we" -> 'P';
      case "i" -> 'I';
      default -> 0;
    };
  }
}
