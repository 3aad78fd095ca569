package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that put a clause in the future, so "in May", "on Tuesday" or "Friday" after them is the coming one:
 * "will", "would" ("the council would vote on the plan in May"), "is expected to", "is scheduled for", "is set for", "is due to",
 * and present-tense schedule verbs ("opens", "resumes").
 */
final class FutureClause {
  private static final Pattern CUE = Pattern.compile("\\b(?:will|would|shall|’ll|'ll|plans? to"
      + "|(?:is|are|was|were)[ \\u00A0]+(?:expected|scheduled|due|set[ \\u00A0]+(?:to|for))|"
      + String.join("|", WordList.lines("/dev/newsfacts/lexicon/en/schedule-words.txt")) + ")\\b");

  private FutureClause() {}

  /**
   * Whether a date at the sentence's start ({@code [dateEnd, to)} following it) takes the sentence's future: not when
   * the future word is in a clause reported after it ("In June, IATA forecast that the industry would …").
   */
  static boolean frontedDateAhead(String text, int dateEnd, int to) {
    Matcher cue = CUE.matcher(text).region(dateEnd, to);
    if (!cue.find()) return true;
    return !ReportedPattern.REPORTED.matcher(text).region(dateEnd, cue.start()).find();
  }

  /** Whether {@code text[from, to)} holds a word that looks ahead. */
  static boolean in(String text, int from, int to) {
    return CUE.matcher(text).region(from, to).find();
  }

  /** Compiled on first use: tried only where a future word follows a date that opens a sentence. */
  private static final class ReportedPattern {
    /** A reporting verb or "that" before the future word: "IATA in June forecast that profits would …". */
    static final Pattern REPORTED = Pattern.compile(
        "\\b(?:that|said|says|told|forecast|forecasts|predicted|predicts|announced|warned|estimated)\\b");
  }
}
