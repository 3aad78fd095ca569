package dev.newsfacts.extract.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts spans that are far longer than any real paragraph or sentence into pieces:
 * a 5 MB article of one line, or one "sentence" of 10,000 quotation marks, would otherwise
 * reach loops in OpenNLP and in the quote core whose cost grows with the square of the
 * span. Real copy never gets near the limits, so its spans pass through unchanged.
 */
final class LongSpans {
  private LongSpans() {}

  /**
   * The spans of {@code text}, each longer than {@code maxChars} cut into pieces of at most
   * {@code maxChars}: after a sentence end where there is one in the window's second half,
   * else at white space, else (one endless word) anywhere but inside a surrogate pair.
   * Pieces are trimmed of white space and never empty.
   */
  static List<CharSpan> limit(String text, List<CharSpan> spans, int maxChars) {
    boolean anyLong = false;
    for (CharSpan s : spans) anyLong |= s.end() - s.start() > maxChars;
    if (!anyLong) return spans;
    List<CharSpan> out = new ArrayList<>(spans.size() + 16);
    for (CharSpan s : spans) {
      int a = s.start();
      while (s.end() - a > maxChars) {
        int cut = cutPoint(text, a, a + maxChars);
        addTrimmed(text, a, cut, out);
        a = cut;
      }
      addTrimmed(text, a, s.end(), out);
    }
    return out;
  }

  private static int cutPoint(String text, int from, int limit) {
    int half = from + (limit - from) / 2;
    int space = -1;
    for (int i = limit; i > half; i--) {
      if (!Character.isWhitespace(text.charAt(i - 1))) continue;
      if (space < 0) space = i;
      char before = i >= 2 ? text.charAt(i - 2) : 0;
      if (before == '.' || before == '!' || before == '?') return i;
    }
    if (space > 0) return space;
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private static void addTrimmed(String text, int a, int b, List<CharSpan> out) {
    while (a < b && Character.isWhitespace(text.charAt(a))) a++;
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
    if (b > a) out.add(new CharSpan(a, b));
  }
}
