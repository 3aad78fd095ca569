package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The record prompted the election office to declare, "…"", "leading advisers like Gene Sperling
 * to counter that "…"": after a verb such as "prompt" or "lead", the object says what the
 * infinitive reports; the verb's subject ("the record") only caused it.
 */
final class ObjectControl {
  private static final Set<String> VERBS = WordList.set("/dev/newsfacts/lexicon/en/object-control-verbs.txt");

  private ObjectControl() {}

  /**
   * The object of such a verb when the cue at {@code cue} is the infinitive after it ("to" right
   * before the cue), not reaching before {@code limit}; null otherwise.
   */
  static TokenSpan source(List<Token> toks, SourceFinder finder, int cue, int limit) {
    if (cue - 2 < limit || !toks.get(cue - 1).is("to")) return null;
    TokenSpan object = finder.npEndingAt(cue - 2, limit);
    if (object == null) return null;
    int before = object.start() - 1;
    // "advisers like Gene Sperling": a named example stays with the group it names
    if (before - 1 >= limit && (toks.get(before).is("like") || toks.get(before).is("including"))) {
      TokenSpan group = finder.npEndingAt(before - 1, limit);
      if (group != null) {
        object = new TokenSpan(group.start(), object.end());
        before = group.start() - 1;
      }
    }
    if (before < limit || !VERBS.contains(toks.get(before).text().toLowerCase(Locale.ROOT))) return null;
    return object;
  }
}
