package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "announced a plan to waive the fees", "ordered a pre-sentence report and adjourned the case": the
 * words after the verb are its object, not a clause. A clause has a verb with a subject before it; here
 * the words open with a determiner or a noun and every verb in them follows "to" (an infinitive) or
 * "and"/"or" (a second verb of the same subject), with no auxiliary anywhere.
 */
final class ObjectNotClause {
  private ObjectNotClause() {}

  /** Whether tokens {@code [from, to)} are an object phrase with no finite verb of their own. */
  static boolean test(List<Token> toks, int from, int to) {
    if (from >= to) return false;
    String first = toks.get(from).pos();
    if (!"DET".equals(first) && !"NOUN".equals(first) || toks.get(from).is("that")) return false;
    boolean verb = false;
    for (int i = from + 1; i < to; i++) {
      Token t = toks.get(i);
      String p = t.pos();
      if ("AUX".equals(p) || p != null && p.endsWith("+AUX")) return false;
      if ("VERB".equals(p)) {
        Token prev = toks.get(i - 1);
        if (!prev.is("to") && !prev.is("and") && !prev.is("or")) return false;
        verb = true;
      }
    }
    return verb;
  }
}
