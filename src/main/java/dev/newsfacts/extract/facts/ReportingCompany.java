package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The company an earnings story is about: the organisation the story's first sentence names when that sentence
 * speaks of results ("Lakeshore Foods Inc reported a better-than-expected quarterly profit"). Its later results
 * ("Net sales fell 2.4% to $3.8 billion") are its own figures, whoever the sentence before quoted.
 */
final class ReportingCompany {
  private static final Pattern RESULTS = Pattern.compile("(?i)\\b(?:"
      + String.join("|", WordList.lines("/dev/newsfacts/lexicon/en/results-words.txt")).replace(" ", "[ \\u00A0]+")
      + ")\\b");

  private ReportingCompany() {}

  /** The company whose results the story reports, or null when the first sentence names none. */
  static Attribution of(AnnotatedText at, EntityIndex entities, int bodyStart) {
    for (Sentence s : at.sentences()) {
      int from = Math.max(s.start(), bodyStart);
      if (from >= s.end()) continue;
      if (!RESULTS.matcher(at.text()).region(from, s.end()).find()) return null;
      List<LinkedMention> mentions = entities.within(from, s.end());
      for (LinkedMention m : mentions) {
        if (m.entity().type() == EntityType.ORGANIZATION) return new Attribution(m.entity().name(), m.entity().id());
      }
      return null;
    }
    return null;
  }

  /** Whether a sentence speaks of results ("Net sales fell", "earned $1.12 per share"). */
  static boolean speaksOfResults(String sentence) {
    return RESULTS.matcher(sentence).find();
  }
}
