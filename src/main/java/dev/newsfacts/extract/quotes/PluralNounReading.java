package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * "after winning 22 states", "in the coastal states": a verb form that is also a plural noun
 * ("states", "claims", "reports") is the noun after a numeral, an adjective or an article, whatever
 * the tagger says; a singular subject never ends right there. Determiners that can be a subject themselves
 * ("this states that", "each claims": {@code subject-determiners.txt}) keep the verb.
 */
final class PluralNounReading {
  private PluralNounReading() {}

  /** Whether the "-s" form at {@code i} reads as a plural noun by the word before it. */
  static boolean at(List<Token> toks, int i, SpeechLexicon lexicon) {
    if (i == 0 || !toks.get(i).text().toLowerCase(Locale.ROOT).endsWith("s")) return false;
    Token prev = toks.get(i - 1);
    if (prev.sentence() != toks.get(i).sentence()) return false;
    // "Isaiah 45:1 reads", "Section 3 states": a numbered name is a subject
    if ("NUM".equals(prev.pos())) return i < 2 || !toks.get(i - 2).isCapitalised();
    // the tagger takes some names for adjectives ("Trump/ADJ knows", "one Canadian/ADJ wants")
    if ("ADJ".equals(prev.pos())) return !prev.isCapitalised();
    // nothing is read past a participle: "the remaining states" is the noun, but "the ruling states that" the verb
    return "DET".equals(prev.pos()) && !lexicon.isSubjectDeterminer(prev.text());
  }
}
