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

  /** "it.''": the tokenizer keeps a stop or a comma with the closing pair after it. */
  private static boolean closesWithPair(Token t) {
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
