package dev.newsfacts.extract.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of the text with its offsets, as the profile rules read it: letters with inner hyphens
 * and apostrophes ("a-t-il", "l'Éducation", "Saint-Denis"), or one mark of punctuation.
 */
record Word(int start, int end, String text) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*['’]?|\\S");

  static List<Word> in(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) out.add(new Word(m.start(), m.end(), m.group()));
    return out;
  }

  boolean isLetters() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  String lower() {
    return LanguageProfile.lower(text);
  }

  /** The word without an elided article: "l'Éducation" → "Éducation". */
  String withoutElision() {
    int q = Math.max(text.indexOf('\''), text.indexOf('’'));
    return q > 0 && q <= 2 && q + 1 < text.length() ? text.substring(q + 1) : text;
  }
}
