package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * "When Wallace died in 1998, Clinton released the following statement:", "Asked which county was
 * his favourite, Cruz demurred:": a subordinate clause or a past-participle phrase that opens the
 * sentence sets the scene, so the sentence's subject is found after the comma that closes it.
 */
final class MainClauseStart {
  private MainClauseStart() {}

  /** The first token of the main clause of {@code s}, or its first token when nothing is fronted. */
  static int of(List<Token> toks, SpeechLexicon lexicon, boolean[] quoted, Sentence s) {
    int first = s.firstToken();
    int end = s.endToken();
    if (end <= first) return first;
    int clause = FrontedClauseCue.end(toks, lexicon, quoted, end);
    if (clause >= first) return clause + 1;
    int as = FrontedAsPhrase.end(toks, quoted, first, end);
    if (as >= first) return as + 1;
    return pastParticiplePhrase(toks, quoted, first, end);
  }

  /** "Asked about the delay, ...", "Pressed on the cost, ...": after the phrase's comma, else {@code first}. */
  private static int pastParticiplePhrase(List<Token> toks, boolean[] quoted, int first, int end) {
    Token opener = toks.get(first);
    boolean participle = "VERB".equals(SourceFinder.mainTag(opener)) && opener.isCapitalised()
        && opener.text().toLowerCase(Locale.ROOT).endsWith("ed");
    if (!participle || quoted[first]) return first;
    for (int k = first + 1; k < end - 1; k++) {
      if (quoted[k] || SourceFinder.isQuoteMark(toks.get(k))) return first;
      if (toks.get(k).is(",")) return k + 1;
    }
    return first;
  }
}
