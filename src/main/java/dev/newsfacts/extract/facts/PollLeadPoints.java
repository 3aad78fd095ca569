package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a story about a poll, "trails Dawson by 4 points" and "a lead of 13 points" are percentage points of a lead: a
 * share (0.04), as "a 5-point lead" is. Outside poll stories points are a match's or a table's, and stay counts.
 */
final class PollLeadPoints {
  private static final Pattern POLL = Pattern.compile("(?i)\\b(?:poll|polls|polling|survey)\\b");
  private static final Pattern POINTS_AFTER = Pattern.compile("\\A[ \\u00A0]points?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> LEAD_WORDS = WordList.set("/dev/newsfacts/lexicon/en/poll-lead-words.txt");
  /** How far back in the clause the lead may be named: "a lead of", "trails state Attorney General Renee Dawson by". */
  private static final int REACH = 60;

  private PollLeadPoints() {}

  /** Whether the article speaks of a poll at all: asked once an article. */
  static boolean pollStory(String text) {
    // the case-blind pattern is tried from the first place a "poll" or a "survey" could start, not at every character
    int first = firstPollOrSurvey(text);
    return first >= 0 && POLL.matcher(text).find(first);
  }

  /** Where "poll" or "survey" first opens in {@code text}, letters compared as the pattern does (ASCII, any case); -1 for none. */
  private static int firstPollOrSurvey(String text) {
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      int c = text.charAt(i) | 0x20;
      if (c == 'p' && asciiLowerAt(text, i + 1, "oll")) return i;
      if (c == 's' && i + 6 <= n && asciiLowerAt(text, i + 1, "urvey")) return i;
    }
    return -1;
  }

  private static boolean asciiLowerAt(String text, int at, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if ((text.charAt(at + k) | 0x20) != lower.charAt(k)) return false;
    }
    return true;
  }

  /** The figures of a sentence, a bare count of points after a lead word turned into a share. */
  static List<Figure> asShares(String text, int sentenceStart, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) out.add(leadPoints(text, sentenceStart, f) ? share(text, f) : f);
    return out;
  }

  private static boolean leadPoints(String text, int sentenceStart, Figure f) {
    if (f.share() || f.currency() != null || f.measure() != null || !Character.isDigit(f.text().charAt(0))) return false;
    if (!POINTS_AFTER.matcher(text).region(f.end(), text.length()).lookingAt()) return false;
    String before = text.substring(Math.max(sentenceStart, f.start() - REACH), f.start());
    int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
    Matcher w = WORD.matcher(before.substring(clause + 1));
    while (w.find()) if (LEAD_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  private static Figure share(String text, Figure f) {
    Matcher points = POINTS_AFTER.matcher(text).region(f.end(), text.length());
    int end = points.lookingAt() ? points.end() : f.end();
    return new Figure(f.start(), end, text.substring(f.start(), end), DecimalShift.times(Double.toString(f.value()), -2),
        f.approximate(), true, null, null);
  }
}
