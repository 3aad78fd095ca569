package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Fields on Saturday criticized the accord adopted in Paris, saying ...", "Lee quashed rumors he
 * was leaving by tweeting that ...": a participle set off by a comma, or after "by", hangs from the
 * main clause, so its source is the subject of the clause's first verb, not
 * the noun phrase before the nearest verb ("the accord adopted"). A subject inside a leading
 * subordinate clause ("When the mayor arrived, ...") or a relative pronoun is passed over.
 */
final class MainClauseSubject {
  private MainClauseSubject() {}

  /** The subject of the first verb in {@code [from, to)} outside quotation marks, or null. */
  static Source find(List<Token> toks, SourceFinder finder, boolean[] quoted, int from, int to) {
    for (int v = from + 1; v < to; v++) {
      Token t = toks.get(v);
      String p = SourceFinder.mainTag(t);
      if (quoted[v] || !"VERB".equals(p) && !"AUX".equals(p)) continue;
      Source s = finder.subjectBefore(v, from);
      if (s == null) continue;
      TokenSpan w = s.words();
      Token head = toks.get(w.end() - 1);
      if (head.is("it") || head.is("who") || head.is("which") || head.is("that")) continue;
      if (w.start() > from && opensSubordinate(toks.get(w.start() - 1))) continue;
      return s;
    }
    return null;
  }

  private static boolean opensSubordinate(Token t) {
    String p = SourceFinder.mainTag(t);
    return "ADP".equals(p) || "SCONJ".equals(p) || t.is("that");
  }
}
