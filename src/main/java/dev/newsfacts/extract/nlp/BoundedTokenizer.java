package dev.newsfacts.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP tokenization that stays linear on hostile input. {@code TokenizerME}
 * splits at white space and then weighs every position inside each word, which costs
 * seconds on one 100,000-character "word" (a base64 dump, a line of zero-width joiners). A
 * sentence whose words are all of normal length goes to OpenNLP unchanged; a word longer
 * than {@link #MAX_WORD_CHARS} is cut into tokens of that length instead.
 */
final class BoundedTokenizer {
  /** Longer than any real word or URL in news copy. */
  static final int MAX_WORD_CHARS = 256;

  private BoundedTokenizer() {}

  static Span[] tokenizePos(Tokenizer tokenizer, String sentence) {
    if (!hasLongWord(sentence)) return tokenizer.tokenizePos(sentence);
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    // TokenizerME treats each white-space word on its own, so word-by-word gives the same tokens
    List<Span> out = new ArrayList<>();
    for (Span w : words) {
      if (w.length() <= MAX_WORD_CHARS) {
        for (Span t : tokenizer.tokenizePos(sentence.substring(w.getStart(), w.getEnd()))) {
          out.add(new Span(w.getStart() + t.getStart(), w.getStart() + t.getEnd()));
        }
        continue;
      }
      int a = w.getStart();
      while (a < w.getEnd()) {
        int b = Math.min(a + MAX_WORD_CHARS, w.getEnd());
        if (b < w.getEnd() && Character.isHighSurrogate(sentence.charAt(b - 1))) b--;
        out.add(new Span(a, b));
        a = b;
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * Whether a white-space word of {@code sentence} (as {@link WhitespaceTokenizer} splits them) is longer than
   * {@link #MAX_WORD_CHARS}: a scan of the characters, so that the sentences of normal words, nearly all, allocate
   * no spans for the question.
   */
  static boolean hasLongWord(String sentence) {
    int run = 0;
    for (int i = 0; i < sentence.length(); i++) {
      if (StringUtil.isWhitespace(sentence.charAt(i))) run = 0;
      else if (++run > MAX_WORD_CHARS) return true;
    }
    return false;
  }
}
