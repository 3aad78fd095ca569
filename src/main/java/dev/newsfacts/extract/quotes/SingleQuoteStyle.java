package dev.newsfacts.extract.quotes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Quotations in single marks, the British house style (‘We are sorry,’ she said). Used only for an
 * article with no double quotation mark at all, where a single mark opening a word is a quotation
 * and not a nested one. The closing mark is told from an apostrophe by its neighbours: an apostrophe
 * sits inside a word (don’t) or after a plural's s before a lower-case noun (the players’ union).
 */
final class SingleQuoteStyle {
  private static final Pattern CLIPPED_WORD = Pattern.compile("\\d0s|em|n|tis|twas|til|cause");

  private SingleQuoteStyle() {}

  /** Whether {@code text} has no double quotation mark and at least one single mark opening a word. */
  static boolean usedIn(String text) {
    boolean opener = false;
    for (int j = 0; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u201e') return false;
      // ''…'': how some archives write double marks, not a single-mark style
      if (c == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'') return false;
      if (!opener && isSingle(c) && opens(text, j, 0, text.length())) opener = true;
    }
    return opener;
  }

  static void scan(String text, int ls, int le, int paragraph, List<QuotedSpan> out) {
    int openAt = -1;
    for (int j = ls; j < le; j++) {
      char c = text.charAt(j);
      if (!isSingle(c)) continue;
      if (openAt < 0) {
        if (opens(text, j, ls, le)) openAt = j;
      } else if (closes(text, j, ls, le)) {
        QuoteMarkScanner.add(text, openAt, j, j, paragraph, out);
        openAt = -1;
      }
    }
    // a quotation running on into the next paragraph leaves its mark open, as with double marks
    if (openAt == ls) QuoteMarkScanner.add(text, openAt, le, -1, paragraph, out);
  }

  private static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  private static boolean opens(String text, int j, int ls, int le) {
    if (text.charAt(j) == '\u2019') return false;
    char prev = j > ls ? text.charAt(j - 1) : ' ';
    char next = j + 1 < le ? text.charAt(j + 1) : ' ';
    boolean leftOpen = Character.isWhitespace(prev) || "([\u2014\u2013-:".indexOf(prev) >= 0;
    return leftOpen && (Character.isLetter(next) || Character.isDigit(next)) && !elision(text, j, le);
  }

  /** "'90s", "'em", "rock 'n' roll": a straight mark that elides, not one that quotes. */
  private static boolean elision(String text, int j, int le) {
    int k = j + 1;
    while (k < le && Character.isLetterOrDigit(text.charAt(k))) k++;
    String w = text.substring(j + 1, k).toLowerCase(java.util.Locale.ROOT);
    return CLIPPED_WORD.matcher(w).matches();
  }

  private static boolean closes(String text, int j, int ls, int le) {
    if (text.charAt(j) == '\u2018') return false;
    char prev = j > ls ? text.charAt(j - 1) : ' ';
    char next = j + 1 < le ? text.charAt(j + 1) : ' ';
    if (Character.isWhitespace(prev) || Character.isLetter(next)) return false;
    // "the players’ union": a plural's apostrophe before a lower-case word
    if ((prev == 's' || prev == 'S') && next == ' ' && j + 2 < le && Character.isLowerCase(text.charAt(j + 2))) {
      return false;
    }
    return true;
  }
}
