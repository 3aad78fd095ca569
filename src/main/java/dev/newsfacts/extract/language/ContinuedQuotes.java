package dev.newsfacts.extract.language;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.quotes.QuotedSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes carried on into the next paragraph the Spanish way: the first paragraph opens with « and is
 * left open, the next one opens with the closing mark » ("»Este es el mayor esfuerzo…», subrayó X").
 * The new paragraph's words run to its next closing mark, else to the paragraph end.
 */
final class ContinuedQuotes {
  private ContinuedQuotes() {}

  static List<QuotedSpan> find(String text, List<CharSpan> paragraphs, List<QuotedSpan> marked, List<MarkPair> pairs) {
    List<QuotedSpan> out = new ArrayList<>();
    for (int p = 1; p < paragraphs.size(); p++) {
      int a = paragraphs.get(p).start();
      int b = paragraphs.get(p).end();
      MarkPair pair = continuing(text.charAt(a), pairs);
      if (pair == null || !openAtEnd(marked, p - 1)) continue;
      boolean taken = false;
      for (QuotedSpan q : marked) taken |= q.paragraph() == p && q.openMark() <= a + 1;
      if (taken) continue;
      int s = a + 1;
      while (s < b && (Character.isWhitespace(text.charAt(s)) || Character.isSpaceChar(text.charAt(s)))) s++;
      int close = text.indexOf(pair.close(), s);
      if (close >= b) close = -1;
      int e = close < 0 ? b : close;
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) e--;
      if (e > s) out.add(new QuotedSpan(s, e, a, close, p));
    }
    return out;
  }

  /** The pair whose closing mark {@code c} is, when that mark differs from its opening one. */
  private static MarkPair continuing(char c, List<MarkPair> pairs) {
    for (MarkPair mp : pairs) if (mp.close() == c && mp.open() != c) return mp;
    return null;
  }

  private static boolean openAtEnd(List<QuotedSpan> marked, int paragraph) {
    QuotedSpan last = null;
    for (QuotedSpan q : marked) if (q.paragraph() == paragraph) last = q;
    return last != null && !last.closed();
  }
}
