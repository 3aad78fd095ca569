package dev.newsfacts.extract.quotes;

import dev.newsfacts.model.QuoteKind;

/** Direct when the quote stands on its own; partial when it is woven into a sentence. */
final class QuoteKindRule {
  private QuoteKindRule() {}

  static QuoteKind kindOf(String text, QuotedSpan s) {
    int i = s.openMark() - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    // woven: a word runs into the quote ("called it a "setback"", "said that "short-term ...")
    // A lower-case start alone does not make a fragment: "A," she said, "and B." is whole.
    boolean woven = i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    return woven ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
  }
}
