package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Alvarez said the mayor had promised that the bridge would reopen": a report found inside the
 * words another report attributes is a report of its own, kept beside the first one. Only one that
 * starts after the outer content starts: a report whose content begins at or before it (an inverted
 * "..., officials said") reads the same words again. When the inner report is a second predicate of
 * the same subject ("said the plan was late and warned that it would cost more"), the outer content
 * ends before the "and": what follows is the second report, not more of the first.
 */
final class NestedReport {
  private NestedReport() {}

  /** Whether {@code inner}, which starts before the end of {@code outer}'s content, is kept beside it. */
  static boolean keeps(Candidate outer, Candidate inner) {
    return outer != null && inner.start > outer.start;
  }

  /**
   * {@code outer} ending before the conjunction that joins {@code inner}'s cue to it as a second predicate of
   * the same source; {@code outer} itself when the two are not so joined.
   */
  static Candidate cutBeforeSecondPredicate(List<Token> toks, Candidate outer, Candidate inner) {
    if (outer.source == null || inner.source == null || inner.cue == null
        || !outer.source.words().equals(inner.source.words())) {
      return outer;
    }
    int k = inner.cue.start() - 1;
    // "and has since warned", "but did not deny": auxiliaries, negation and adverbs between
    while (k >= 0 && isBetween(toks.get(k))) k--;
    if (k < 1 || !(toks.get(k).is("and") || toks.get(k).is("but"))) return outer;
    int last = toks.get(k - 1).is(",") ? k - 2 : k - 1;
    if (last < 0 || toks.get(last).end() <= outer.start || toks.get(k).start() >= outer.end) return outer;
    Candidate cut = new Candidate(outer.kind, outer.start, toks.get(last).end(), outer.marks);
    cut.attribute(new Attribution(outer.source, outer.cue), outer.how, outer.confidence, outer.rule);
    return cut;
  }

  private static boolean isBetween(Token t) {
    String p = t.pos();
    return "AUX".equals(p) || "ADV".equals(p) || "PART".equals(p);
  }
}
