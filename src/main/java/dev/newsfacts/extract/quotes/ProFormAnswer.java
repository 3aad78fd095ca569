package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "After half said so in March", "a third said the same of Cruz", "the senator said no": a word that stands
 * for a whole clause (pro-form-answers.txt) right after a verb of saying or thinking is what was said,
 * with the phrase naming what it is about ("of Cruz"). It has no verb and may be one word, which the
 * clause rules of reported speech never take.
 */
final class ProFormAnswer {
  private static final List<String[]> FORMS = WordList.lines("/dev/newsfacts/lexicon/en/pro-form-answers.txt")
      .stream().map(s -> s.split(" ")).toList();
  private static final Set<String> PREPOSITIONS = WordList.set("/dev/newsfacts/lexicon/en/pro-form-prepositions.txt");

  private ProFormAnswer() {}

  /** End (exclusive) of the pro-form answer opening at {@code first}, before {@code limit}; -1 when none opens there. */
  static int end(List<Token> toks, boolean[] quoted, int first, int limit) {
    for (String[] form : FORMS) {
      int after = first + form.length;
      if (after > limit || !matches(toks, quoted, first, form)) continue;
      if (after == limit) return after;
      Token next = toks.get(after);
      // "said so far", "said no one", "said the same rules apply": the word opens a longer phrase of its own
      if (!closesAnswer(next)) return -1;
      return PREPOSITIONS.contains(lower(next)) ? aboutPhraseEnd(toks, quoted, after + 1, limit) : after;
    }
    return -1;
  }

  private static boolean matches(List<Token> toks, boolean[] quoted, int first, String[] form) {
    for (int i = 0; i < form.length; i++) {
      if (quoted[first + i] || !lower(toks.get(first + i)).equals(form[i])) return false;
    }
    return true;
  }

  /** What may follow the answer: the end of the clause, a conjunction, or a preposition opening an adjunct. */
  private static boolean closesAnswer(Token t) {
    String p = t.pos();
    return "PUNCT".equals(p) || "ADP".equals(p) || "CCONJ".equals(p) || "SCONJ".equals(p) || t.is("too");
  }

  /** "of Texas Sen. Cruz's campaign": the noun phrase after the preposition, to the clause's end or a comma. */
  private static int aboutPhraseEnd(List<Token> toks, boolean[] quoted, int from, int limit) {
    int k = from;
    while (k < limit && !quoted[k] && !closesPhrase(toks.get(k))) k++;
    return k > from ? k : from - 1;
  }

  private static boolean closesPhrase(Token t) {
    String p = t.pos();
    return "PUNCT".equals(p) || "CCONJ".equals(p) || "SCONJ".equals(p) || "VERB".equals(p) || "AUX".equals(p)
        || SourceFinder.isQuoteMark(t);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
