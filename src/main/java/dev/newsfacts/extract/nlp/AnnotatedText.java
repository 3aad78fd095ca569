package dev.newsfacts.extract.nlp;

import java.util.List;

/** The article text with its paragraphs, sentences and tokens; offsets index {@code text}. */
public record AnnotatedText(String text, List<CharSpan> paragraphs, List<Sentence> sentences, List<Token> tokens) {

  /** Index of the first token starting at or after {@code offset} (tokens.size() if none). */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last token ending at or before {@code offset} (-1 if none). */
  public int tokenEndingAtOrBefore(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Sentence that contains {@code offset}, or the nearest one before it (binary search: called per quote). */
  public Sentence sentenceAt(int offset) {
    if (sentences.isEmpty()) return null;
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) lo = mid;
      else hi = mid - 1;
    }
    return sentences.get(lo);
  }

  /** Index of the paragraph that contains {@code offset}, or the nearest one before it. */
  public int paragraphAt(int offset) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (paragraphs.get(mid).start() <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(lo, 0);
  }
}
