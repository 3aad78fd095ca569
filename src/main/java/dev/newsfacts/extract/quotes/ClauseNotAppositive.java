package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "In the scripted world of politics, it is highly unusual for such a mistake, said Latimer": the
 * stretch between two commas before a cue that opens with a subject pronoun and its verb ("it is",
 * "they have") is a clause, the words the inverted cue reports, not an appositive describing the noun
 * before it ("Lee, a former teacher, said"). A short aside ("Trump, it turned out, knew") is no such clause.
 */
final class ClauseNotAppositive {
  /** "it turned out", "he says": an aside this short leaves the noun before it the subject. */
  private static final int MIN_CLAUSE_TOKENS = 5;

  private ClauseNotAppositive() {}

  /** Whether {@code [from, to)} opens with a subject pronoun (or "it") followed by a verb or auxiliary, and is no short aside. */
  static boolean at(List<Token> toks, int from, int to) {
    if (from < 0 || to - from < MIN_CLAUSE_TOKENS) return false;
    Token first = toks.get(from);
    if (Pronouns.subjectKind(first.text()) == 0 && !first.is("it") && !first.is("It")) return false;
    String p = toks.get(from + 1).pos();
    return "VERB".equals(p) || "AUX".equals(p);
  }
}
