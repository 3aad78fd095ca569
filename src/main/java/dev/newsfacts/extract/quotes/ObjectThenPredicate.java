package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "The mayor defended the plan as a bargain, mocked the council and left early": after a verb that
 * attributes its object, a noun phrase closed by a comma or "and"/"but" and followed by a verb is the
 * object, and that verb a second predicate of the same subject. The verb found after the object makes
 * the words look like a reported clause, but they are the subject's next act, not what was said.
 */
final class ObjectThenPredicate {
  private ObjectThenPredicate() {}

  /**
   * End (exclusive) of the object opening at {@code first} when a second predicate follows it before
   * {@code limit}; -1 when the words do not read so.
   */
  static int objectEnd(List<Token> toks, boolean[] quoted, int first, int limit) {
    int end = SpeechActObject.end(toks, quoted, first, limit);
    if (end < 0 || end >= limit || hasVerb(toks, first, end)) return -1;
    int k = end;
    boolean comma = toks.get(k).is(",");
    if (comma) k++;
    boolean link = k < limit && (toks.get(k).is("and") || toks.get(k).is("but"));
    if (link) k++;
    // a bare verb right after the noun ("the strike happened") is the object's own predicate, a clause
    if (!comma && !link) return -1;
    while (k < limit && "ADV".equals(toks.get(k).pos())) k++;
    if (k >= limit || quoted[k]) return -1;
    Token verb = toks.get(k);
    // "..., saying ...", "..., adding ...": a participle after the comma is another rule's
    return "VERB".equals(verb.pos()) && !verb.text().endsWith("ing") ? end : -1;
  }

  private static boolean hasVerb(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) if (SourceFinder.verbTag(toks.get(i).pos())) return true;
    return false;
  }
}
