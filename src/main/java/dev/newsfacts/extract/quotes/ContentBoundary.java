package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * Where the words a cue reports stop before the end of the sentence: at "and" before a second cue
 * verb of the same subject ("... and called it a mistake"), at a comma before a
 * participle that attributes again ("..., noting that ...", "..., adding ...": reported speech of
 * its own, with the same source), at a comma before a second cue verb that opens a clause ("...,
 * recalled that ..."), at a semicolon, or before the writer's aside ("..., despite reports that ...").
 */
final class ContentBoundary {
  private ContentBoundary() {}

  /** The end of the content {@code [from, end)}: the comma that closes it, or {@code end}. */
  static int cut(ClauseSources sources, SpeechLexicon lexicon, boolean[] quoted, int from, int end) {
    return cut(sources, lexicon, quoted, -1, from, end);
  }

  /**
   * As {@link #cut(ClauseSources, SpeechLexicon, boolean[], int, int)}, knowing the first token of
   * the sentence: when it opens a fronted clause ("While Comey has said that ..., Lewandowski
   * said ..."), the content also ends at the comma that closes that clause.
   */
  static int cut(ClauseSources sources, SpeechLexicon lexicon, boolean[] quoted, int sentenceStart, int from, int end) {
    List<Token> toks = sources.tokens();
    boolean fronted = sentenceStart >= 0 && sentenceStart < from && lexicon.isSubordinator(toks.get(sentenceStart).text())
        && noCommaBetween(toks, quoted, sentenceStart, from);
    for (int k = from + 1; k < end - 1; k++) {
      if (quoted[k]) continue;
      if (fronted && toks.get(k).is(",")) return k;
      if (isSecondVerbOfSubject(sources, toks, k, end)) return toks.get(k - 1).is(",") ? k - 1 : k;
      if (isDash(toks.get(k)) && lexicon.endsContent(toks.get(k + 1).text())) return k;
      // "... were not looking forward to it; 46 percent said ...": a semicolon closes the clause reported
      if (toks.get(k).is(";")) return k;
      if (!toks.get(k).is(",")) continue;
      int next = k + 1;
      if (lexicon.endsContent(toks.get(next).text())) return k;
      if (!quoted[next] && sources.cues.isParticiple(next) && sources.cues.cueAt(next, true) > 0) return k;
      if (!quoted[next] && SecondCue.at(sources, next, end)) return k;
      if (TrailingParticiple.endsAt(toks, quoted, from, k)) return k;
    }
    return ClosingMarkBoundary.cut(sources, quoted, from, end);
  }

  /** "... rose 5 percent - though exports fell": a dash, like a comma, may open the writer's aside. */
  private static boolean isDash(Token t) {
    return t.is("-") || t.is("--") || t.is("\u2014") || t.is("\u2013");
  }

  private static boolean noCommaBetween(List<Token> toks, boolean[] quoted, int a, int b) {
    for (int k = a; k < b; k++) if (!quoted[k] && toks.get(k).is(",")) return false;
    return true;
  }

  /** "... said the plan would fail and called it a mistake": a second cue verb of the same subject. */
  private static boolean isSecondVerbOfSubject(ClauseSources sources, List<Token> toks, int k, int end) {
    if (!toks.get(k).is("and") && !toks.get(k).is("but")) return false;
    int v = k + 1;
    while (v < end && "ADV".equals(toks.get(v).pos())) v++;
    // "but argues/NOUN that": the tagger may miss the verb that "that" follows
    if (v >= end || toks.get(v).text().endsWith("ing")) return false;
    boolean verb = "VERB".equals(toks.get(v).pos()) || v + 1 < end && toks.get(v + 1).is("that");
    return verb && sources.cues.cueAt(v, true) > 0;
  }
}
