package dev.newsfacts.extract.meta;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.text.WhiteSpace;
import java.util.List;

/**
 * A headline as the first line of plain text: a short first paragraph, followed by more text, that
 * either has no closing punctuation or is written in title case. Not a dateline paragraph; date lines and bylines
 * above it are passed over.
 */
public final class TitleFinder {
  private static final int MAX_WORDS = 30;

  private TitleFinder() {}

  public static String find(String text, List<CharSpan> paragraphs) {
    return find(text, paragraphs, firstParagraph(text, paragraphs));
  }

  /** The headline in paragraph {@code p}, the first one past the date lines and bylines ({@link #firstParagraph}). */
  static String find(String text, List<CharSpan> paragraphs, int p) {
    if (paragraphs.size() < p + 2) return null;
    String first = text.substring(paragraphs.get(p).start(), paragraphs.get(p).end()).strip();
    String[] words = WhiteSpace.words(first);
    if (words.length > MAX_WORDS || first.endsWith(":") || first.endsWith(",")) return null;
    char last = first.charAt(first.length() - 1);
    boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
    if (closed && !titleCase(words)) return null;
    if (first.endsWith(".") && !first.endsWith("..")) first = first.substring(0, first.length() - 1);
    return first;
  }

  /** The first paragraph that is not a date line or byline above the headline ("Wednesday, 25 November 2026"). */
  static int firstParagraph(String text, List<CharSpan> paragraphs) {
    int p = 0;
    while (p < paragraphs.size() - 1
        && HeaderLines.isHeaderLine(text.substring(paragraphs.get(p).start(), paragraphs.get(p).end()))) {
      p++;
    }
    return p;
  }

  private static boolean titleCase(String[] words) {
    int longWords = 0;
    int capitalised = 0;
    for (String w : words) {
      if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
      longWords++;
      if (Character.isUpperCase(w.charAt(0))) capitalised++;
    }
    return longWords >= 2 && capitalised * 10 >= longWords * 7;
  }
}
