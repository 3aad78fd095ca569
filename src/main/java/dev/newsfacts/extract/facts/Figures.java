package dev.newsfacts.extract.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures in news copy, normalised: "110,000" → 110000, "1.2 million" → 1200000, "$3.5bn" → 3.5e9,
 * "42 percent" → 0.42, "some two-thirds" → 0.667, "a 17-point lead" → 0.17; with "around / more than /
 * nearly …" before them they are approximate. Years, dates, times, ordinals, ages and durations are not figures.
 */
final class Figures {
  private static final String APPROX = "around|about|some|nearly|almost|roughly|approximately|an estimated|estimated"
      + "|more than|over|at least|up to|fewer than|less than|close to|as many as|upwards of|just over|just under"
      + "|under|at most";
  private static final String WORD_NUMBER = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
      + "|twenty|thirty|forty|fifty|hundred";
  private static final String FRACTION = "(?:two|three|four)-(?:thirds|quarters|fifths)|(?:one|a)[ -](?:third|quarter|half|fifth)"
      + "|half";
  private static final Pattern FIGURE = Pattern.compile(
      "(?<approx>\\b(?i:" + APPROX + ")\\s+)?(?<cur>[$£€])?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
          + "|\\b(?i:" + FRACTION + ")\\b|\\b(?i:" + WORD_NUMBER + ")\\b)"
          + "(?:[ -]?(?<scale>(?i:million|billion|trillion|thousand)\\b|bn\\b|m\\b(?=[ ,.;)]|$)))?"
          + "(?<pct>\\s?%|\\s+(?i:percent|per cent|percentage points?)\\b|-point\\b)?");
  private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("two", 2.0), Map.entry("three", 3.0),
      Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
      Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
      Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
      Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0));
  private static final Map<String, Double> FRACTIONS = Map.of("two-thirds", 0.667, "three-quarters", 0.75,
      "three-fifths", 0.6, "two-fifths", 0.4, "four-fifths", 0.8, "third", 0.333, "quarter", 0.25, "half", 0.5,
      "fifth", 0.2);
  private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
      "days", "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
      "times", "ago", "o'clock", "am", "pm", "a.m.", "p.m.", "year-old", "years-old", "point");
  private static final Set<String> DEFINITE = Set.of("the", "its", "their", "his", "her", "these", "those", "our",
      "both", "all", "first", "last", "other", "every", "each");
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
      + "|january|february|march|april|june|july|august|september|october|november|december)\\.?\\s*\\z");

  private static final Pattern SMALL_UNITS = Pattern.compile("[ \\u00A0](cents?|pence)\\b", Pattern.CASE_INSENSITIVE);

  /** Words a figure can open with: the pattern is tried only there, which keeps it cheap. */
  private static final Set<String> OPENERS = Set.of("around", "about", "some", "nearly", "almost", "roughly",
      "approximately", "an", "estimated", "more", "over", "at", "up", "fewer", "less", "close", "as", "upwards",
      "just", "under", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "two-thirds", "three-quarters", "two-fifths",
      "three-fifths", "four-fifths", "one", "a", "half");

  private Figures() {}

  static List<Figure> find(String text, int from, int to) {
    List<Figure> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    int i = from;
    while (i < to) {
      int start = WordStarts.next(text, i, to);
      if (start >= to) break;
      int wordEnd = WordStarts.wordEnd(text, start, to);
      i = wordEnd;
      char c = text.charAt(start);
      if (!Character.isDigit(c) && c != '$' && c != '£' && c != '€'
          && !OPENERS.contains(WordStarts.lower(text, start, wordEnd))) continue;
      m.region(start, to);
      if (!m.lookingAt()) continue;
      Figure f = figure(text, m);
      if (f != null) {
        out.add(f);
        i = Math.max(wordEnd, m.end());
      }
    }
    return out;
  }

  private static Figure figure(String text, Matcher m) {
    String num = m.group("num").toLowerCase(Locale.ROOT);
    boolean digits = Character.isDigit(num.charAt(0));
    boolean fraction = FRACTIONS.containsKey(num) || num.contains(" ") || num.contains("-") && !digits;
    String scale = m.group("scale") == null ? null : m.group("scale").toLowerCase(Locale.ROOT);
    String pct = m.group("pct");
    boolean marked = m.group("cur") != null || scale != null || pct != null;
    int numStart = m.start("num");
    char before = numStart > 0 ? text.charAt(numStart - 1) : ' ';
    // "COVID-19", "F-35", "G7", "3.2.1", "No. 5": codes, not figures
    if (Character.isLetterOrDigit(before) || before == '-' && numStart > 1 && Character.isLetter(text.charAt(numStart - 2))
        || before == '.' || before == '/' || before == ':') return null;
    int after = m.end("num");
    if (after < text.length() && (text.charAt(after) == ':' || text.charAt(after) == '/'
        || Character.isLetter(text.charAt(after)) && !marked)) return null;
    String prefix = text.substring(Math.max(0, numStart - 12), numStart);
    if (MONTH_BEFORE.matcher(prefix).find() || prefix.toLowerCase(Locale.ROOT).matches("(?s).*\\b(no\\.|number)\\s*\\z")) {
      return null;
    }
    if (digits && !marked && num.matches("(?:19|20)\\d{2}")) return null;  // a year
    String next = nextWord(text, m.end());
    if (!marked && TIME_UNITS.contains(next)) return null;
    if (!digits && !fraction) {
      String prev = previousWord(text, m.start());
      if (DEFINITE.contains(prev) || next.isEmpty()) return null;
    }
    double value;
    if (fraction) {
      String key = num.replace("one ", "").replace("a ", "").replace("one-", "").replace("a-", "");
      Double v = FRACTIONS.get(key);
      if (v == null) return null;
      value = v;
    } else if (digits) {
      String plain = num.replace(",", "");
      // up to 16 digits, rounding to DECIMAL64 leaves the value as it is
      value = DecimalShift.significantDigits(plain) <= 16 ? DecimalShift.times(plain, powerOf(scale))
          : new BigDecimal(plain).scaleByPowerOfTen(powerOf(scale)).round(MathContext.DECIMAL64).doubleValue();
    } else {
      value = DecimalShift.times(Double.toString(WORDS.get(num)), powerOf(scale));
    }
    boolean share = fraction;
    if (pct != null) {
      value = DecimalShift.times(Double.toString(value), -2);
      share = true;
    }
    String currency = m.group("cur") == null ? null : switch (m.group("cur")) {
      case "$" -> "US dollars";
      case "£" -> "pounds sterling";
      default -> "euros";
    };
    boolean approximate = m.group("approx") != null || !digits && !fraction && scale != null;
    int start = m.group("approx") != null ? m.start("approx") : m.group("cur") != null ? m.start("cur") : numStart;
    int end = m.end();
    Matcher small = SMALL_UNITS.matcher(text).region(end, Math.min(text.length(), end + 8));
    if (digits && !marked && small.lookingAt()) {
      // "98 cents" is $0.98, "45 pence" £0.45: the contract counts money in the currency's main unit
      value = DecimalShift.times(Double.toString(value), -2);
      currency = small.group(1).toLowerCase(Locale.ROOT).startsWith("p") ? "pounds sterling" : "US dollars";
      end = small.end();
    }
    return new Figure(start, end, text.substring(start, end), value, approximate, share, currency);
  }

  /** The power of ten a scale word multiplies by. */
  private static int powerOf(String scale) {
    if (scale == null) return 0;
    return switch (scale) {
      case "thousand" -> 3;
      case "million", "m" -> 6;
      case "billion", "bn" -> 9;
      default -> 12;
    };
  }

  private static String nextWord(String text, int i) {
    int a = i;
    while (a < text.length() && (text.charAt(a) == ' ' || text.charAt(a) == '-')) a++;
    int b = a;
    while (b < text.length() && (Character.isLetter(text.charAt(b)) || text.charAt(b) == '\'' || text.charAt(b) == '.'
        || text.charAt(b) == '-')) b++;
    String w = text.substring(a, b).toLowerCase(Locale.ROOT);
    return w.endsWith(".") && !w.equals("a.m.") && !w.equals("p.m.") ? w.substring(0, w.length() - 1) : w;
  }

  private static String previousWord(String text, int i) {
    int b = i;
    while (b > 0 && text.charAt(b - 1) == ' ') b--;
    int a = b;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) a--;
    return text.substring(a, b).toLowerCase(Locale.ROOT);
  }
}
