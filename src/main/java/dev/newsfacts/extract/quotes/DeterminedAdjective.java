package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "the organizer told them", "an aide said": the tagger sometimes calls a noun an adjective, but
 * a word right after an article and right before a verb heads a noun phrase of its own, so it can
 * be the subject of that verb.
 */
final class DeterminedAdjective {
  private DeterminedAdjective() {}

  /** Token {@code i} is tagged ADJ, follows an article (not before {@code limit}) and precedes a verb. */
  static boolean at(List<Token> toks, int i, int limit) {
    if (i - 1 < limit || i + 1 >= toks.size() || !"ADJ".equals(toks.get(i).pos())) return false;
    Token det = toks.get(i - 1);
    boolean article = det.is("the") || det.is("a") || det.is("an");
    return article && "VERB".equals(toks.get(i + 1).pos());
  }

  /**
   * "The senior official/ADJ, who spoke on condition of anonymity, said": "who" opens a clause about a
   * person, so lower-case adjectives after an article right before ", who" are that person's noun phrase
   * (the tagger reads "official" as an adjective). Token {@code i} ends them; the article not before {@code limit}.
   */
  static boolean beforeRelativeWho(List<Token> toks, int i, int limit) {
    if (i + 2 >= toks.size() || !toks.get(i + 1).is(",") || !toks.get(i + 2).is("who")) return false;
    int k = i;
    while (k >= limit && i - k < MAX_ADJECTIVES && "ADJ".equals(toks.get(k).pos()) && !toks.get(k).isCapitalised()) k--;
    if (k == i || k < limit) return false;
    Token det = toks.get(k);
    return det.is("the") || det.is("a") || det.is("an");
  }

  /**
   * '"…," said the chief/ADJ executive/ADJ.': an article and one to {@value #MAX_ADJECTIVES} lower-case
   * adjectives in {@code [from, end)} that end the clause after an inverted cue make its subject too.
   */
  static boolean endsInvertedSubject(List<Token> toks, int from, int end) {
    if (end >= toks.size() || !"PUNCT".equals(toks.get(end).pos()) || end - from < 2 || end - from > MAX_ADJECTIVES + 1) return false;
    Token det = toks.get(from);
    if (!(det.is("the") || det.is("a") || det.is("an"))) return false;
    for (int k = from + 1; k < end; k++) {
      if (!"ADJ".equals(toks.get(k).pos()) || toks.get(k).isCapitalised()) return false;
    }
    return true;
  }

  /**
   * '"…," the editorial/ADJ said/NOUN.': after a quote the tagger may miss both words, so adjectives
   * right after an article and right before a cue that closes its clause head the subject too ('"…," a
   * senior/ADJ official/ADJ said/NOUN.', "the chief/ADJ executive/ADJ said"; "a strong showing from",
   * "the highest calling of" go on, and are no source and cue). The article's index, or -1: an article
   * and one to {@value #MAX_ADJECTIVES} lower-case adjectives ending at {@code i}.
   */
  static int startBeforeCue(List<Token> toks, int i, int cue, int limit) {
    if (i + 1 != cue || !"ADJ".equals(toks.get(i).pos())) return -1;
    if (cue + 1 < toks.size() && !"PUNCT".equals(toks.get(cue + 1).pos())) return -1;
    int k = i;
    while (k - 1 >= limit && i - k + 1 < MAX_ADJECTIVES && "ADJ".equals(toks.get(k - 1).pos()) && !toks.get(k - 1).isCapitalised()) k--;
    for (int a = k; a <= i; a++) if (toks.get(a).isCapitalised()) return -1;
    if (k - 1 < limit) return -1;
    Token det = toks.get(k - 1);
    return det.is("the") || det.is("a") || det.is("an") ? k - 1 : -1;
  }

  /** Adjectives an article may carry before the word the tagger missed as a noun ("the former top aide"). */
  private static final int MAX_ADJECTIVES = 3;
}
