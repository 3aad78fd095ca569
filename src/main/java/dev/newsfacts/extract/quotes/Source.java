package dev.newsfacts.extract.quotes;

/**
 * The words that name the source of a quote, and the words that give its name when they are not
 * all of them ({@code null} otherwise): for a relative pronoun ("Garland, who said") the noun
 * phrase it stands for, for a description with a name in apposition ("says Martin's partner, Joe
 * Lee") the name.
 */
record Source(TokenSpan words, TokenSpan antecedent) {
  static Source of(TokenSpan words) {
    return words == null ? null : new Source(words, null);
  }

  /** The words to name the speaker by: the antecedent of a relative pronoun, else the source words. */
  TokenSpan naming() {
    return antecedent != null ? antecedent : words;
  }
}
