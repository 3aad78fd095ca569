package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "the League to Save Lake Tahoe", "the Committee to Protect Journalists", "the Campaign to Protect Rural England": a
 * body's head word followed by "to", a capitalised verb and capitalised words names the body by its purpose; the
 * whole is one name. Prose writes the verb in lower case ("the council voted to Close ..." does not happen), so the
 * capital after "to" says the name goes on; a title-case headline says nothing and is left alone.
 */
final class PurposeNames {
  private PurposeNames() {}

  /**
   * Where the name that goes on at the "to" of token {@code j} ends, or {@code j} when it does not: the head word
   * before "to" must be a body's (not weak), the verb and at least one more name word must follow.
   */
  static int end(List<Token> toks, int j, boolean[] blocked, EntityLexicon lex) {
    if (j < 1 || j + 2 >= toks.size() || !toks.get(j).is("to")) return j;
    Token head = toks.get(j - 1);
    String headWord = CapitalisedRuns.word(head);
    if (!lex.isOrgHead(headWord) || lex.isWeakOrgHead(headWord) || CapitalisedRuns.possessive(head)) return j;
    Token verb = toks.get(j + 1);
    if (verb.sentence() != head.sentence() || !CapitalisedRuns.namePart(toks, j + 1, blocked)
        || CapitalisedRuns.possessive(verb) || CapitalisedRuns.isAcronym(verb.text())) {
      return j;
    }
    SentenceCase c = SentenceCase.of(toks, j);
    if (c.words() >= 3 && c.capitalised() * 10 >= c.words() * 7) return j;
    int k = j + 2;
    while (k < toks.size() && toks.get(k).sentence() == head.sentence() && toks.get(k).start() - toks.get(k - 1).end() <= 1
        && CapitalisedRuns.namePart(toks, k, blocked)) {
      boolean possessive = CapitalisedRuns.possessive(toks.get(k));
      k++;
      if (possessive) break;
    }
    return k > j + 2 ? k : j;
  }
}
