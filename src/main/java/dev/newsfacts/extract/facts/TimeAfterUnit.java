package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A time expression right after the counted noun, which is not part of what is counted: "4,211 stolen vehicles
 * last year", "620,000 tonnes Tuesday", "12 percent a year earlier", "300 cases yesterday". The tagger calls
 * "last" an adjective and "year" or "Tuesday" a noun, so without this the unit would run on into the date; the
 * period itself is read from the sentence's dates ({@link Periods}).
 */
final class TimeAfterUnit {
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

  private static final Set<String> CALENDAR =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/calendar-names.txt"));
  private static final Set<String> ALONE = WordList.set("/dev/newsfacts/lexicon/en/unit-ending-time-words.txt");
  private static final Set<String> PERIODS = WordList.set("/dev/newsfacts/lexicon/en/period-nouns.txt");
  /** "last year", "this week", "the previous quarter": words that make the period noun after them a date. */
  private static final Set<String> POINTERS = Set.of("last", "next", "this", "past", "coming", "previous");
  /** "a year earlier", "a month ago": words that make the period noun before them a date. */
  private static final Set<String> AFTER_PERIOD = Set.of("earlier", "ago", "before", "later");
  private static final Set<String> ARTICLES = Set.of("a", "the", "one");
  private static final int LOOKAHEAD = 4;

  private TimeAfterUnit() {}

  /** Whether the token at {@code k} opens a time expression within its sentence. */
  static boolean at(List<Token> toks, int k) {
    int sentence = toks.get(k).sentence();
    List<String> words = new ArrayList<>(LOOKAHEAD);
    for (int i = k; i < toks.size() && i < k + LOOKAHEAD && toks.get(i).sentence() == sentence; i++) {
      words.add(toks.get(i).text());
    }
    return opens(words);
  }

  /** Whether {@code words} (as written, the first of them the candidate) open a time expression. */
  static boolean opens(List<String> words) {
    if (words.isEmpty()) return false;
    String first = words.get(0);
    if (CALENDAR.contains(first)) return true;
    String w = first.toLowerCase(Locale.ROOT);
    if (ALONE.contains(w)) return true;
    String second = words.size() > 1 ? words.get(1) : "";
    String next = second.toLowerCase(Locale.ROOT);
    if (POINTERS.contains(w)) return PERIODS.contains(next) || CALENDAR.contains(second);
    // "in 2024", "in March"
    if (w.equals("in")) return YEAR.matcher(second).matches() || CALENDAR.contains(second);
    int period = ARTICLES.contains(w) ? 1 : 0;
    return words.size() > period + 1 && PERIODS.contains(words.get(period).toLowerCase(Locale.ROOT))
        && AFTER_PERIOD.contains(words.get(period + 1).toLowerCase(Locale.ROOT));
  }
}
