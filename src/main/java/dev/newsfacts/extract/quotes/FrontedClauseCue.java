package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "When Trump announced his candidacy, he called migrants "criminals"", "After the Paris attacks,
 * Trump released an ad calling it "dangerous"": a cue inside a subordinate clause that opens the
 * sentence sets the scene; words quoted after the comma that closes the clause belong to the main
 * clause. "As X said, "…"" is the exception: that clause is the attribution; so is a first comma that
 * stands right before the quotation ("When … ― as was true ― Trump boasted, "…"").
 */
final class FrontedClauseCue {
  /** "But when ...", "And after ...": linking words before the subordinator. */
  private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "even", "only", "just", "still");

  private FrontedClauseCue() {}

  /**
   * The index of the comma that closes a subordinate clause opening the sentence of token
   * {@code to - 1}, when that comma stands before {@code to}; -1 otherwise.
   */
  static int end(List<Token> toks, SpeechLexicon lexicon, boolean[] quoted, int to) {
    if (to <= 0 || to > toks.size()) return -1;
    int sentence = toks.get(to - 1).sentence();
    int first = to - 1;
    while (first > 0 && toks.get(first - 1).sentence() == sentence) first--;
    while (first < to && ("PUNCT".equals(toks.get(first).pos()) || SourceFinder.isQuoteMark(toks.get(first))
        || OPENERS.contains(toks.get(first).text().toLowerCase(Locale.ROOT)))) first++;
    if (first >= to || quoted[first]) return -1;
    String w = toks.get(first).text();
    if (w.equalsIgnoreCase("as") || !lexicon.isSubordinator(w)) return -1;
    for (int k = first + 1; k < to; k++) {
      if (quoted[k] || SourceFinder.isQuoteMark(toks.get(k))) return -1;
      // "When …, Trump boasted, "…"": a comma right before the quotation closes the attribution, not the clause
      if (toks.get(k).is(",")) return k + 1 < to ? k : -1;
    }
    return -1;
  }
}
