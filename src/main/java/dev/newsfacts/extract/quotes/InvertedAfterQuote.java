package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * '"We can win," said Sanders as he closed out', '"No," said the base chief known as Bob': a cue
 * that comes right after a closing quotation mark and the comma, question or exclamation mark
 * ending the quote has the quote for its words, so the phrase after it is the inverted source,
 * whatever verb or conjunction follows that phrase.
 */
final class InvertedAfterQuote {
  private InvertedAfterQuote() {}

  /** True when the cue at {@code c} follows a closing quotation mark that ends its quote with , ? or !. */
  static boolean at(List<Token> toks, int c) {
    if (c < 2) return false;
    Token mark = toks.get(c - 1);
    Token end = toks.get(c - 2);
    if (!SourceFinder.isQuoteMark(mark) || !(end.is(",") || end.is("?") || end.is("!"))) return false;
    // the mark touches the punctuation before it and has a space after it: it closes, not opens
    return end.end() == mark.start() && mark.end() < toks.get(c).start();
  }
}
