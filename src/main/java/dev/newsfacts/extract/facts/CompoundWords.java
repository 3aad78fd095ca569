package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.nlp.Token;

/**
 * A hyphenated modifier the tagger calls punctuation ("4,212 stubble-burning incidents" is tagged "stubble-"/PUNCT,
 * "375 anti-smog guns" "anti-smog"/PUNCT): a word that opens with a letter is a word of what a figure counts,
 * whatever its tag.
 */
final class CompoundWords {
  private CompoundWords() {}

  static boolean isWordTaggedAsPunctuation(Token t) {
    return "PUNCT".equals(t.pos()) && !t.text().isEmpty() && Character.isLetter(t.text().charAt(0))
        && t.text().indexOf('-') > 0;
  }
}
