package dev.newsfacts.extract.nlp;

import java.util.List;

/** The article text with its paragraphs, sentences and tokens; offsets index {@code text}. */
public record AnnotatedText(String text, List<int[]> paragraphs, List<Sentence> sentences, List<Token> tokens) {

  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

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

  /** Sentence that contains {@code offset}, or the nearest one before it. */
  public Sentence sentenceAt(int offset) {
    Sentence best = sentences.isEmpty() ? null : sentences.get(0);
    for (Sentence s : sentences) {
      if (s.start() <= offset) best = s;
      else break;
    }
    return best;
  }

  public int paragraphAt(int offset) {
    int best = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i)[0] <= offset) best = i;
      else break;
    }
    return best;
  }
}
