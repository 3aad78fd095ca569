package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Lee said the plan would fail, echoing a memo from his campaign", "..., squinting at the crowd": a
 * participle after a comma that closes a reported clause tells what the source did while saying it, not
 * more of what was said. Only once the clause has a verb of its own ("said that, looking back, the deal
 * was a mistake" keeps its fronted participle), and not for participles that work as prepositions
 * (", including the mayor": {@code prepositional-participles.txt}).
 */
final class TrailingParticiple {
  private static final Set<String> PREPOSITIONAL = WordList.set("/dev/newsfacts/lexicon/en/prepositional-participles.txt");

  private TrailingParticiple() {}

  /** Whether the comma at {@code comma} ends the clause reported from {@code from}, a participle after it. */
  static boolean endsAt(List<Token> toks, boolean[] quoted, int from, int comma) {
    int next = comma + 1;
    if (next >= toks.size() || quoted[next] || !toks.get(comma).is(",")) return false;
    Token t = toks.get(next);
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    if (!w.endsWith("ing") || !"VERB".equals(t.pos()) || PREPOSITIONAL.contains(w)) return false;
    for (int k = from; k < comma; k++) if (!quoted[k] && SourceFinder.verbTag(toks.get(k).pos())) return true;
    return false;
  }
}
