package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Mr. Lee said, ''We will win.''": some archives write quotation marks as two apostrophes, which
 * the tokenizer keeps as one token or splits in two. They are not marks the quote scanner pairs (a
 * scorer of direct quotes does not count them either), but the words between them are what the cue
 * before them reports, to the closing pair, across sentences of the paragraph.
 */
final class ArchiveQuoteMarks {
  /** How far, in tokens, the closing pair may stand from the opening one. */
  private static final int REACH = 200;

  private ArchiveQuoteMarks() {}

  /** The tokens the pair of apostrophes at token {@code i} takes: 1 ("''"), 2 ("'" "'" touching) or 0 (none). */
  static int pairAt(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) return 0;
    Token t = toks.get(i);
    if (t.is("''")) return 1;
    if (!t.is("'") || i + 1 >= toks.size()) return 0;
    Token next = toks.get(i + 1);
    return next.is("'") && next.start() == t.end() ? 2 : 0;
  }

  /**
   * The first token of the pair opening the quote that a closing pair ends at token {@code close}, in the
   * same paragraph: a pair with a space (or the paragraph's start) before it and a word right after it;
   * -1 when none.
   */
  static int opening(List<Token> toks, int close) {
    if (close < 1 || close >= toks.size()) return -1;
    int paragraph = toks.get(close).paragraph();
    for (int k = close - 1; k >= Math.max(0, close - REACH); k--) {
      if (toks.get(k).paragraph() != paragraph) return -1;
      int pair = pairAt(toks, k);
      if (pair == 0 || k + pair >= close) continue;
      boolean spaceBefore = k == 0 || toks.get(k - 1).paragraph() != paragraph || toks.get(k - 1).end() < toks.get(k).start();
      boolean wordAfter = toks.get(k + pair).start() == toks.get(k + pair - 1).end();
      if (spaceBefore && wordAfter) return k;
      // a pair that is not an opening one closes an earlier quote: this one opens after it
      return -1;
    }
    return -1;
  }

  /**
   * Where a quote in archive marks ends, when the token at {@code i} closes one ("win,''", "win?''" kept
   * as one token, or "''" and "'" "'" after a comma): the index after the quote's last word; -1 otherwise.
   */
  static int contentEndBefore(List<Token> toks, int i) {
    if (i < 1 || i >= toks.size()) return -1;
    if (closesWithPair(toks.get(i))) return i;
    int first = toks.get(i).is("''") ? i : toks.get(i).is("'") && pairAt(toks, i - 1) == 2 ? i - 1 : -1;
    if (first < 1) return -1;
    String before = toks.get(first - 1).text();
    if (before.equals(",") || before.equals("?") || before.equals("!")) return first - 1;
    // "since 1981,''": the comma kept with the word before the pair
    return before.length() > 1 && (before.endsWith(",") || before.endsWith("?") || before.endsWith("!")) ? first : -1;
  }

  /**
   * {@code quoted} with the words of every quote in archive marks set too, so that a verb inside one
   * ("''We wanted to win,'' he said") is no cue of its own.
   */
  static boolean[] withArchiveQuotes(List<Token> toks, boolean[] quoted) {
    boolean[] out = quoted.clone();
    int k = 0;
    while (k < toks.size()) {
      int pair = pairAt(toks, k);
      boolean spaceBefore = k == 0 || toks.get(k - 1).paragraph() != toks.get(k).paragraph()
          || toks.get(k - 1).end() < toks.get(k).start();
      int from = k + pair;
      if (pair == 0 || !spaceBefore || from >= toks.size() || toks.get(from).start() != toks.get(from - 1).end()) {
        k++;
        continue;
      }
      int close = closing(toks, from);
      if (close < 0) {
        k = from;
        continue;
      }
      for (int i = from; i < close; i++) out[i] = true;
      k = close + 1;
    }
    return out;
  }

  /** "it.''": the tokenizer keeps a stop or a comma with the closing pair after it. */
  static boolean closesWithPair(Token t) {
    String w = t.text();
    return w.length() == 3 && w.endsWith("''") && (w.charAt(0) == '.' || w.charAt(0) == ',' || w.charAt(0) == '?' || w.charAt(0) == '!');
  }

  /** The first token of the pair closing a quote opened before {@code from}, in the same paragraph; -1 when none. */
  static int closing(List<Token> toks, int from) {
    if (from >= toks.size()) return -1;
    int paragraph = toks.get(from).paragraph();
    for (int k = from; k < Math.min(toks.size(), from + REACH); k++) {
      if (toks.get(k).paragraph() != paragraph) return -1;
      if (pairAt(toks, k) > 0 || closesWithPair(toks.get(k))) return k;
    }
    return -1;
  }
}
