package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * Where the words a cue reports stop before the end of the sentence: at a comma before a
 * participle that attributes again ("..., noting that ...", "..., adding ...": reported speech of
 * its own, with the same source), or before the writer's aside ("..., despite reports that ...").
 */
final class ContentBoundary {
  private ContentBoundary() {}

  /** The end of the content {@code [from, end)}: the comma that closes it, or {@code end}. */
  static int cut(ClauseSources sources, SpeechLexicon lexicon, boolean[] quoted, int from, int end) {
    List<Token> toks = sources.tokens();
    for (int k = from + 1; k < end - 1; k++) {
      if (quoted[k] || !toks.get(k).is(",")) continue;
      int next = k + 1;
      if (lexicon.endsContent(toks.get(next).text())) return k;
      if (!quoted[next] && sources.cues.isParticiple(next) && sources.cues.cueAt(next, true) > 0) return k;
    }
    return end;
  }
}
