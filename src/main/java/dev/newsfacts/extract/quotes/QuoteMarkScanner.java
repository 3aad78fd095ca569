package dev.newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks, straight or curly, paragraph by paragraph. Marks are paired
 * inside one paragraph only, so an unbalanced mark can never swallow the rest of the
 * article; a mark left open at the paragraph end closes there (the news convention for a
 * quote that runs over several paragraphs). A mark's side is read from its neighbours
 * ("word” " closes, " “word" opens), which also repairs curly marks typed the wrong way round.
 * Single quotes are left alone: they are apostrophes, or quotes nested in a double quote.
 */
public final class QuoteMarkScanner {
  private static final String OPEN_CONTEXT = "([{\u2014\u2013-/";
  private static final String CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-";

  public List<QuotedSpan> scan(String text, List<int[]> paragraphs) {
    List<QuotedSpan> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      scanParagraph(text, paragraphs.get(p)[0], paragraphs.get(p)[1], p, out);
    }
    return out;
  }

  private static void scanParagraph(String text, int ls, int le, int paragraph, List<QuotedSpan> out) {
    int openAt = -1;
    for (int j = ls; j < le; j++) {
      char ch = text.charAt(j);
      if (ch != '"' && ch != '\u201c' && ch != '\u201d') continue;
      char prev = j > ls ? text.charAt(j - 1) : 0;
      char next = j + 1 < le ? text.charAt(j + 1) : 0;
      boolean leftOpen = prev == 0 || Character.isWhitespace(prev) || OPEN_CONTEXT.indexOf(prev) >= 0;
      boolean rightClose = next == 0 || Character.isWhitespace(next) || CLOSE_CONTEXT.indexOf(next) >= 0;
      boolean opening;
      if (ch == '\u201c') {
        opening = leftOpen || !rightClose;
      } else if (ch == '\u201d') {
        opening = leftOpen && !rightClose;
      } else if (leftOpen && !rightClose) {
        opening = true;
      } else if (rightClose && !leftOpen) {
        opening = false;
      } else {
        opening = openAt < 0;
      }
      if (opening) {
        // An earlier mark still open is unbalanced: the newer one wins, so one stray mark costs one span.
        openAt = j;
      } else if (openAt >= 0) {
        add(text, openAt, j, j, paragraph, out);
        openAt = -1;
      }
    }
    if (openAt >= 0) add(text, openAt, le, -1, paragraph, out);
  }

  private static void add(String text, int openMark, int end, int closeMark, int paragraph, List<QuotedSpan> out) {
    int a = openMark + 1;
    int b = end;
    while (a < b && Character.isWhitespace(text.charAt(a))) a++;
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
    if (b > a) out.add(new QuotedSpan(a, b, openMark, closeMark, paragraph));
  }
}
