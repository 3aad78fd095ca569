package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A verb of two words next to a quotation ('"Let me talk," Trump shot back', '"It happens," he
 * went on', 'Her husband cut in: "..."'): the verb and its particle are the cue. Only for words in
 * quotation marks: "the rally went on for hours" reports nothing.
 */
final class PhrasalQuoteVerb {
  static final int LENGTH = 2;
  private static final Set<String> PHRASES = WordList.set("/dev/newsfacts/lexicon/en/phrasal-quote-verbs.txt");

  private PhrasalQuoteVerb() {}

  /** Whether tokens {@code i} and {@code i + 1} are such a verb and particle. */
  static boolean at(List<Token> toks, int i) {
    if (i + 1 >= toks.size()) return false;
    Token verb = toks.get(i);
    if (verb.isCapitalised() && i > 0 && verb.sentence() == toks.get(i - 1).sentence()) return false;
    String phrase = verb.text().toLowerCase(Locale.ROOT) + " " + toks.get(i + 1).text().toLowerCase(Locale.ROOT);
    return PHRASES.contains(phrase);
  }
}
