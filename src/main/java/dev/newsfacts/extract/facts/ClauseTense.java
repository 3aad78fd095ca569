package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the clause around a date is told in the past: a past-tense verb ("hit", "was", "approved") between the
 * commas around it. A date in a clause with no past verb ("the budget still needs approval in February", "meets again
 * on Dec. 9") may be the coming one; "would" and "will" keep it there even after a past verb ("said it would").
 */
final class ClauseTense {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}'’]+");

  private static final Set<String> PAST = WordList.set("/dev/newsfacts/lexicon/en/past-verbs.txt");
  private static final Set<String> NOT_PAST = WordList.set("/dev/newsfacts/lexicon/en/not-past-ed.txt");
  /** Words that look ahead even after "was": "rain was expected on Tuesday", "the vote was scheduled for May". */
  private static final Set<String> AHEAD = Set.of("will", "would", "shall", "’ll", "'ll", "expected", "scheduled", "due");
  /** Present-tense schedule verbs ("the window opens on January 1", "Tigres host Toluca on Saturday") look ahead too. */
  private static final Set<String> SCHEDULE = WordList.set("/dev/newsfacts/lexicon/en/schedule-verbs-present.txt");

  private static final Set<String> BE = Set.of("is", "are", "was", "were");
  private static final Set<String> STATE = Set.of("be", "stay", "stays", "remain", "remains");

  private ClauseTense() {}

  /** How many words before a date may carry its tense. */
  private static final int REACH = 8;

  /**
   * Whether the date {@code [dateStart, dateEnd)} in the sentence {@code text[from, to)} is told in the past: the
   * nearest tense cue before it (up to a few words, across commas: "who signed a 10-year, $310 million extension in
   * March"), else one after it up to the next comma.
   */
  static boolean past(String text, int from, int to, int dateStart, int dateEnd) {
    int a = dateStart;
    int words = 0;
    while (a > from && ";:—–(\"“”".indexOf(text.charAt(a - 1)) < 0) {
      if (Character.isWhitespace(text.charAt(a - 1)) && ++words > REACH) break;
      a--;
    }
    String[] before = NOT_WORD.split(text.substring(a, dateStart));
    for (int i = before.length - 1; i >= 0; i--) {
      if (setAhead(before, i)) return false;
      // "will stay closed until Tuesday": a participle after "stay", "remain" or "be" describes, it tells no tense
      if (i > 0 && STATE.contains(before[i - 1].toLowerCase(Locale.ROOT))) continue;
      Boolean cue = cue(before[i]);
      if (cue != null) return cue;
    }
    int b = dateEnd;
    while (b < to && ",;:—–)".indexOf(text.charAt(b)) < 0) b++;
    for (String w : NOT_WORD.split(text.substring(dateEnd, b))) {
      Boolean cue = cue(w);
      if (cue != null) return cue;
    }
    return false;
  }

  /** "Sentencing is set for Feb. 11", "talks are set to resume": a schedule, not "the record was set in May". */
  private static boolean setAhead(String[] words, int i) {
    return words[i].equalsIgnoreCase("set") && i > 0 && i + 1 < words.length && BE.contains(words[i - 1].toLowerCase(Locale.ROOT))
        && (words[i + 1].equals("for") || words[i + 1].equals("to"));
  }

  /** True for a past verb, false for "will" or "would", null for any other word. */
  private static Boolean cue(String w) {
    if (w.isEmpty() || Character.isUpperCase(w.charAt(0))) return null;
    String lower = w.toLowerCase(Locale.ROOT);
    if (AHEAD.contains(lower) || SCHEDULE.contains(lower)) return false;
    if (PAST.contains(lower) || lower.length() > 4 && lower.endsWith("ed") && !lower.endsWith("eed")
        && !NOT_PAST.contains(lower)) return true;
    return null;
  }
}
