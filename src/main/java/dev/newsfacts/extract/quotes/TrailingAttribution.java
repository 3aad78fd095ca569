package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "In all, the justices are doing what they can to find common ground, Professor Epstein said.": a
 * source and a speech verb after the sentence's last comma attribute all that comes before; a verb of
 * stance inside those words ("find", "maintaining") reports nothing past that comma.
 */
final class TrailingAttribution {
  private TrailingAttribution() {}

  /** The comma before the source and speech verb that close sentence {@code s}, or -1 when none does. */
  static int comma(ClauseSources sources, SpeechLexicon lexicon, boolean[] quoted, Sentence s) {
    List<Token> toks = sources.tokens();
    int first = s.firstToken();
    int e = s.endToken();
    while (e > first && ("PUNCT".equals(toks.get(e - 1).pos()) || SourceFinder.isQuoteMark(toks.get(e - 1)))) e--;
    // "..., Jolly said on Tuesday": the time after the verb is when
    while (e > first && lexicon.isTimeWord(toks.get(e - 1).text())) e--;
    if (e - 1 > first && toks.get(e - 1).is("on")) e--;
    int c = e - 1;
    if (c <= first || quoted[c] || sources.cues.cueAt(c, false) != 1) return -1;
    Source src = sources.sourceOf(c, 1, first, s.endToken());
    if (src == null || src.words().start() >= c) return -1;
    int k = src.words().start() - 1;
    return k > first && toks.get(k).is(",") ? k : -1;
  }
}
