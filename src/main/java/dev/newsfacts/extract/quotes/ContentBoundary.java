package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * Where the words a cue reports stop before the end of the sentence: at "and" before a second cue
 * verb of the same subject ("... and called it a mistake"), at a comma before a
 * participle that attributes again ("..., noting that ...", "..., adding ...": reported speech of
 * its own, with the same source), or before the writer's aside ("..., despite reports that ...").
 */
final class ContentBoundary {
  private ContentBoundary() {}

  /** The end of the content {@code [from, end)}: the comma that closes it, or {@code end}. */
  static int cut(ClauseSources sources, SpeechLexicon lexicon, boolean[] quoted, int from, int end) {
    List<Token> toks = sources.tokens();
    for (int k = from + 1; k < end - 1; k++) {
      if (quoted[k]) continue;
      if (isSecondVerbOfSubject(sources, toks, k, end)) return toks.get(k - 1).is(",") ? k - 1 : k;
      if (!toks.get(k).is(",")) continue;
      int next = k + 1;
      if (lexicon.endsContent(toks.get(next).text())) return k;
      if (!quoted[next] && sources.cues.isParticiple(next) && sources.cues.cueAt(next, true) > 0) return k;
    }
    return end;
  }

  /** "... said the plan would fail and called it a mistake": a second cue verb of the same subject. */
  private static boolean isSecondVerbOfSubject(ClauseSources sources, List<Token> toks, int k, int end) {
    if (!toks.get(k).is("and") && !toks.get(k).is("but")) return false;
    int v = k + 1;
    while (v < end && "ADV".equals(toks.get(v).pos())) v++;
    return v < end && !toks.get(v).text().endsWith("ing") && "VERB".equals(toks.get(v).pos())
        && sources.cues.cueAt(v, true) > 0;
  }
}
