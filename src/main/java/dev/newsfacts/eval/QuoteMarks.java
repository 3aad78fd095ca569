package dev.newsfacts.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Gold direct-quote candidates: text between paired double quotation marks, paired within a
 * paragraph (a line), marks excluded and white space trimmed, in code points. The pairing rules
 * are the reference scorer's: a curly mark whose context contradicts its shape is read the other
 * way, a straight mark opens or closes by its neighbours, and a mark left open closes at the end
 * of its paragraph.
 */
final class QuoteMarks {
  private static final int OPEN = '\u201c';
  private static final int CLOSE = '\u201d';
  private static final int STRAIGHT = '"';
  private static final String OPEN_CONTEXT = "([{\u2014\u2013-/";
  private static final String CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-";

  private QuoteMarks() {}

  static List<Span> spans(int[] text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    while (start <= text.length) {
      int end = start;
      while (end < text.length && text[end] != '\n') end++;
      scanLine(text, start, end, spans);
      start = end + 1;
    }
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      int a = s.start();
      int b = s.end();
      while (a < b && PyText.isSpace(text[a])) a++;
      while (b > a && PyText.isSpace(text[b - 1])) b--;
      if (b > a) out.add(new Span(a, b));
    }
    return out;
  }

  private static void scanLine(int[] text, int ls, int le, List<Span> spans) {
    int openAt = -1;
    for (int j = ls; j < le; j++) {
      int ch = text[j];
      if (ch != OPEN && ch != CLOSE && ch != STRAIGHT) continue;
      boolean leftOpen = j <= ls || PyText.isSpace(text[j - 1]) || in(OPEN_CONTEXT, text[j - 1]);
      boolean rightClose = j + 1 >= le || PyText.isSpace(text[j + 1]) || in(CLOSE_CONTEXT, text[j + 1]);
      boolean opening;
      if (ch == OPEN) {
        opening = !(!leftOpen && rightClose);
      } else if (ch == CLOSE) {
        opening = leftOpen && !rightClose;
      } else if (leftOpen && !rightClose) {
        opening = true;
      } else if (rightClose && !leftOpen) {
        opening = false;
      } else {
        opening = openAt < 0;
      }
      if (opening) {
        openAt = j;
      } else if (openAt >= 0) {
        spans.add(new Span(openAt + 1, j));
        openAt = -1;
      }
    }
    if (openAt >= 0) spans.add(new Span(openAt + 1, le));
  }

  private static boolean in(String chars, int cp) {
    return cp < 0x10000 && chars.indexOf(cp) >= 0;
  }
}
