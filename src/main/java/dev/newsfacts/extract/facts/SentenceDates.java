package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates each sentence of the story writes, found once: statistics read them as periods and events as
 * dates, and finding them is the costlier half of both.
 */
record SentenceDates(Map<Integer, List<DateMention>> bySentence) {
  /** The dates of every sentence, from where the story starts (after its dateline). */
  static SentenceDates of(AnnotatedText at, int bodyStart, LocalDate reference) {
    Map<Integer, List<DateMention>> out = new HashMap<>();
    for (Sentence s : at.sentences()) {
      int from = Math.max(s.start(), bodyStart);
      if (from < s.end()) out.put(s.index(), List.copyOf(DateExpressions.find(at.text(), from, s.end(), reference)));
    }
    return new SentenceDates(Map.copyOf(out));
  }

  /** The dates of one sentence of the story; none for a sentence the dateline covers. */
  List<DateMention> in(Sentence s) {
    return bySentence.getOrDefault(s.index(), List.of());
  }
}
