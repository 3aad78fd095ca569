package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * "Police in Ohio said", "Residents near the plant say", "Republicans on Capitol Hill argued": the
 * noun phrase right before the cue is the object of a preposition that places the subject; the source
 * is the noun phrase before the preposition, place and all. A sentence that opens with the preposition
 * ("In Ohio police said") has no noun before it and keeps the phrase found.
 */
final class LocatedSubject {
  private static final Set<String> PREPOSITIONS = WordList.set("/dev/newsfacts/lexicon/en/subject-place-prepositions.txt");
  /** "Officials in the state's capital in Ohio said": how many places may follow one another. */
  private static final int MAX_PLACES = 2;

  private LocatedSubject() {}

  /**
   * Where the subject of a placed phrase ends ("Police" of "Police in Ohio"): the first place preposition after a
   * noun inside {@code span}, or the span's end when there is none. The name is the subject's, not the place's.
   */
  static int subjectEnd(List<Token> toks, TokenSpan span) {
    for (int k = span.start() + 1; k < span.end() - 1; k++) {
      String pos = toks.get(k - 1).pos();
      // "on" also joins the words of one name ("the Committee on Foreign Relations"): no cut there
      if (PREPOSITIONS.contains(toks.get(k).text()) && !toks.get(k).is("on") && ("NOUN".equals(pos) || "PROPN".equals(pos))) {
        return k;
      }
    }
    return span.end();
  }

  /**
   * {@code np} widened to the noun phrase that the preposition before it hangs from, or {@code np}
   * itself; {@code npEndingAt} gives the noun phrase ending at a token (null when none).
   */
  static TokenSpan widen(List<Token> toks, TokenSpan np, int limit, IntFunction<TokenSpan> npEndingAt) {
    TokenSpan out = np;
    for (int n = 0; n < MAX_PLACES; n++) {
      int prep = out.start() - 1;
      if (prep - 1 < limit || !PREPOSITIONS.contains(toks.get(prep).text())) return out;
      Token before = toks.get(prep - 1);
      if (!"NOUN".equals(before.pos()) && !"PROPN".equals(before.pos())) return out;
      TokenSpan outer = npEndingAt.apply(prep - 1);
      // "At a rally in Ohio, ...": the outer phrase is itself a preposition's object, not a subject
      if (outer == null || outer.start() > limit && "ADP".equals(toks.get(outer.start() - 1).pos())) return out;
      out = new TokenSpan(outer.start(), np.end());
    }
    return out;
  }
}
