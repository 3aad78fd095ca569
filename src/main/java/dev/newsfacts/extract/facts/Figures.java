package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.text.WhiteSpace;
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
 * "42 percent" → 0.42, "some two-thirds" → 0.667, "one in five" → 0.2, "a 17-point lead" → 0.17, "25 bps" →
 * 0.0025, "NZ$1.2m" in New Zealand dollars, "2.5C" in degrees Celsius; with "around / more than / nearly …" before
 * them they are approximate. A range ("between 4.49 and 4.99 per cent", "2.3 to 2.5C", "12-14%") is one figure, its
 * low end, marked as its high end is; two that fall ("58%-33%", a poll's split) are two figures. Years, dates, times, ordinals, ages and durations are not figures, but an
 * average or median duration is ("a median of 46 days").
 */
final class Figures {
  private static final String APPROX = "around|about|some|nearly|almost|roughly|approximately|an estimated|estimated"
      + "|more than|over|at least|up to|fewer than|less than|close to|as many as|upwards of|just over|just under"
      + "|under|at most";
  private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
  private static final String WORD_NUMBER = "(?:" + TENS + ")-(?:" + UNITS + ")|two|three|four|five|six|seven|eight|nine"
      + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + TENS + "|hundred"
      // "one percentage point below last year": "one" alone is a pronoun as often as a number, not before a percentage
      + "|one(?=[ \\u00A0]+(?:percentage[ \\u00A0]+points?|per[ \\u00A0]?cent|percent)\\b)";
  /** "1 in 5", "one in three", "two out of five": a share. */
  private static final String ONE_IN = "(?:\\d{1,2}|one|two|three|four|five)[ \\u00A0]+(?:in|out[ \\u00A0]+of)[ \\u00A0]+"
      + "(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)";
  private static final String FRACTION = "(?:two|three|four)-(?:thirds|quarters|fifths)|(?:one|a)[ -](?:third|quarter|half|fifth)"
      + "|half";
  /** "R180m-R200m", "$5m-$10m": a dash to a high end written with its sign or digits. */
  private static final String SCALED_DASH = "-(?=[\\p{Sc}\\d]|\\p{Lu}{1,3}\\d)";
  private static final Pattern FIGURE = Pattern.compile(
      "(?<approx>\\b(?i:" + APPROX + ")\\s+)?(?<cur>" + CurrencySigns.REGEX + ")?"
          + "(?<num>\\b(?i:" + ONE_IN + ")\\b(?![.,]\\d)|\\d{1,2}(?:,\\d{2})+,\\d{3}(?!,?\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d{1,3}\\b"
          + "|\\b(?i:" + FRACTION + ")\\b|\\b(?i:" + WORD_NUMBER + ")\\b)"
          + "(?:[ -]?(?<scale>(?i:million|billion|trillion|thousand|lakhs?|crores?)\\b|bn\\b|m\\b(?=[ ,.;)]|$|" + SCALED_DASH + ")|b\\b(?=[ ,.;)]|$|" + SCALED_DASH + ")))?"
          + "(?:(?<bp>\\s?(?i:basis[ -]points?|bps|bp)\\b)|(?<pct>\\s?%|\\s+(?i:percent|per cent|percentage points?)\\b|[ \\u00A0]?pc\\b|-point\\b|-(?i:percent|per-cent)\\b)"
          // "18pc": percent as South Asian, Irish and British papers abbreviate it, lower case ("PC" is a computer)
          // "2.5C", "34 C" (Canadian style), "a two-percent target"
          + "|(?<deg>\\s?°\\s?[CF]?|[CF](?=[\\s,.;:)]|\\z)|[ \\u00A0]C(?=[\\s,.;:)]|\\z)|\\s+degrees?(?:\\s+(?:Celsius|Fahrenheit))?\\b))?");
  /** What joins the two ends of a range: "12-14%", "2.3 to 2.5C", "between 4.49 and 4.99 per cent". */
  private static final Pattern RANGE_JOIN = Pattern.compile("\\A(?:[ \\u00A0]?(?<dash>[-–])[ \\u00A0]?|[ \\u00A0]+(?<word>to|and)[ \\u00A0]+)");
  /**
   * An average or median earlier in the sentence makes a duration a statistic ("waited on average 22 weeks", "the
   * average heat wave lasted 22 days, up from 11 days").
   */
  private static final Pattern AVERAGE_BEFORE = Pattern.compile("(?i)\\b(?:average|median|averaged)\\b");
  /** How far back in the sentence the average may be named. */
  private static final int AVERAGE_REACH = 80;
  private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
      Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
      Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
      Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
      Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0),
      Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
      Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0),
      Map.entry("ninety", 90.0), Map.entry("hundred", 100.0));
  private static final Map<String, Double> FRACTIONS = Map.of("two-thirds", 0.667, "three-quarters", 0.75,
      "three-fifths", 0.6, "two-fifths", 0.4, "four-fifths", 0.8, "third", 0.333, "quarter", 0.25, "half", 0.5,
      "fifth", 0.2);
  private static final Set<String> TIME_UNITS = WordList.set("/dev/newsfacts/lexicon/en/figure-time-words.txt");
  private static final Set<String> DURATIONS = WordList.set("/dev/newsfacts/lexicon/en/duration-units.txt");
  private static final Set<String> DEFINITE = Set.of("the", "its", "their", "his", "her", "these", "those", "our",
      "both", "all", "first", "last", "other", "every", "each");
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
      + "|january|february|march|april|june|july|august|september|october|november|december)\\.?\\s*\\z");

  /** After a fraction: " point", "-point", " of a percentage point", " a percentage point". */
  private static final Pattern POINT_AFTER = Pattern.compile(
      "\\A(?:[ -](?:of[ \\u00A0]+)?a)?[ -](?:percentage[ -])?point\\b", Pattern.CASE_INSENSITIVE);

  /** " points" after a bare number: points of a share when the clause before speaks of one ("its vote share by 3 points"). */
  private static final Pattern POINTS_AFTER = Pattern.compile("\\A[ \\u00A0]points?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARE_BEFORE = Pattern.compile(
      "(?i)\\b(?:share|rating|ratings|turnout|rate|rates)\\b[^,;:.!?]*\\z");

  // compiled once: tried on every figure found, where String.matches would compile each anew
  private static final Pattern RATIO = Pattern.compile("(?s)\\S+\\s+(?:in|out\\s+of)\\s+\\S+");
  /** "No. 5", "number 10": a rank or name, not a figure. */
  private static final Pattern NUMBER_WORD_BEFORE = Pattern.compile("(?s).*\\b(no\\.|number)\\s*\\z");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Pattern SMALL_UNITS = Pattern.compile("[ \\u00A0](cents?|pence)\\b", Pattern.CASE_INSENSITIVE);

  /** Words a figure can open with: the pattern is tried only there, which keeps it cheap. */
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/lexicon/en/figure-openers.txt");

  private Figures() {}

  static List<Figure> find(String text, int from, int to) {
    List<Figure> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    Matcher high = FIGURE.matcher(text);
    int i = from;
    while (i < to) {
      int start = WordStarts.next(text, i, to);
      if (start >= to) break;
      int wordEnd = WordStarts.wordEnd(text, start, to);
      i = wordEnd;
      char c = text.charAt(start);
      String word = WordStarts.lower(text, start, wordEnd);
      int hyphen = word.indexOf('-');
      if (!Character.isDigit(c) && !CurrencySigns.opensSign(text, start) && !OPENERS.contains(word)
          && !(hyphen > 0 && OPENERS.contains(word.substring(0, hyphen)))) continue;
      // ".298", "a .500 record": a decimal written without its leading zero
      if (Character.isDigit(c) && start > from && text.charAt(start - 1) == '.'
          && (start - 1 == from || Character.isWhitespace(text.charAt(start - 2)) || text.charAt(start - 2) == '(')) {
        start--;
      }
      m.region(start, to);
      if (!m.lookingAt()) continue;
      Figure f = figure(text, from, m, m);
      if (f == null) continue;
      int end = m.end();
      Matcher join = RANGE_JOIN.matcher(text).region(m.end(), to);
      if (join.lookingAt() && high.region(join.end(), to).lookingAt() && high.group("approx") == null
          && isRange(text, m, join, high)) {
        Figure low = figure(text, from, m, high);
        Figure top = low == null ? null : figure(text, from, high, high);
        // a range climbs; "By 58%-33%, those surveyed said", "a 42%-49% approval rating" are two figures, a poll's split
        if (low != null && top != null && low.value() < top.value()) {
          f = new Figure(low.start(), high.end(), text.substring(low.start(), high.end()), low.value(),
              low.approximate(), low.share(), low.currency(), low.measure());
          end = high.end();
        }
      }
      out.add(f);
      i = Math.max(wordEnd, end);
    }
    return out;
  }

  /**
   * Whether two figures joined by a dash, "to" or "and" are the ends of one range: the high end is marked (a
   * percentage, a currency, a scale) as the low end is or the low end is not marked at all; "to" after "from" is a
   * change ("from 2.1% to 2.4%"), and "and" needs "between" before the low end.
   */
  private static boolean isRange(String text, Matcher low, Matcher join, Matcher high) {
    if (!marked(high)) return false;
    String before = previousWord(text, low.start());
    if ("to".equals(join.group("word")) && (marked(low) || before.equals("from"))) return false;
    if ("and".equals(join.group("word")) && !before.equals("between")) return false;
    if (!marked(low)) return true;
    return sameMark(low.group("cur"), high.group("cur")) && (low.group("pct") != null) == (high.group("pct") != null)
        && (low.group("bp") != null) == (high.group("bp") != null) && (low.group("deg") != null) == (high.group("deg") != null);
  }

  private static boolean sameMark(String a, String b) {
    return a == null ? b == null : b != null && a.strip().equals(b.strip());
  }

  private static boolean marked(Matcher m) {
    return m.group("cur") != null || m.group("scale") != null || m.group("pct") != null || m.group("bp") != null
        || m.group("deg") != null;
  }

  /**
   * The figure whose number {@code m} matched in the sentence from {@code sentenceStart}, with the marks (currency, scale, percent, basis points, degrees)
   * {@code marks} matched: the same matcher, or a range's high end, which marks the low end too.
   */
  /** "$3,412/FEU", "€48/MWh": an amount of money per a unit written after a slash, not a code like "24/7". */
  private static boolean perUnitAfter(String text, Matcher m, String cur) {
    int slash = m.end("num");
    return cur != null && m.end() == slash && slash + 1 < text.length() && Character.isLetter(text.charAt(slash + 1));
  }

  private static Figure figure(String text, int sentenceStart, Matcher m, Matcher marks) {
    String num = m.group("num").toLowerCase(Locale.ROOT);
    boolean leadingDot = num.charAt(0) == '.';
    boolean digits = Character.isDigit(num.charAt(0)) || leadingDot;
    boolean ratio = RATIO.matcher(num).matches();
    boolean fraction = !ratio && (FRACTIONS.containsKey(num) || num.contains(" ") || num.contains("-") && !digits
        && !WORDS.containsKey(num.substring(num.indexOf('-') + 1)));
    // a scale word marks the low end only when it reads as one number ("8 to 12 million", not "900,000 to 1.2 million")
    String scaleWord = m.group("scale") != null ? m.group("scale") : m != marks && !num.contains(",") ? marks.group("scale") : null;
    String scale = scaleWord == null ? null : scaleWord.toLowerCase(Locale.ROOT);
    // "$2.6b" is billions in New Zealand and Pacific copy; a "b" after a bare number is a code ("Section 4b")
    if ("b".equals(scale) && m.group("cur") == null && marks.group("cur") == null) return null;
    String pct = marks.group("pct");
    String bp = marks.group("bp");
    String deg = marks.group("deg");
    String cur = m.group("cur") != null ? m.group("cur") : marks.group("cur");
    boolean marked = cur != null || scale != null || pct != null || bp != null || deg != null;
    int numStart = m.start("num");
    char before = numStart > 0 ? text.charAt(numStart - 1) : ' ';
    // "COVID-19", "F-35", "G7", "3.2.1", "No. 5": codes, not figures
    if (m.group("cur") == null && (Character.isLetterOrDigit(before)
        || before == '-' && numStart > 1 && Character.isLetter(text.charAt(numStart - 2))
        || before == '.' || before == '/' || before == ':')) return null;
    int after = m.end("num");
    boolean pence = digits && !marked && PenceSuffix.at(text, after);
    boolean cents = digits && !marked && !pence && CentsSuffix.at(text, after);
    // "160km of old pipes": a unit written onto the figure
    GluedUnits.Unit glued = digits && !marked && !pence && !cents ? GluedUnits.at(text, after) : null;
    if (after < text.length() && (text.charAt(after) == ':' || text.charAt(after) == '/' && !perUnitAfter(text, m, cur)
        || Character.isLetter(text.charAt(after)) && !marked && !pence && !cents && glued == null)) return null;
    String prefix = text.substring(Math.max(0, numStart - 12), numStart);
    if (MONTH_BEFORE.matcher(prefix).find() || NUMBER_WORD_BEFORE.matcher(prefix.toLowerCase(Locale.ROOT)).matches()) {
      return null;
    }
    if (digits && !marked && YEAR.matcher(num).matches()) return null;  // a year
    String next = nextWord(text, m.end());
    // "a quarter point", "half a percentage point": a fraction of a percentage point
    Matcher ofPoint = fraction && !marked ? POINT_AFTER.matcher(text).region(m.end(), text.length()) : null;
    boolean fractionOfPoint = ofPoint != null && ofPoint.lookingAt();
    // "9.4 times the epidemic threshold": a multiple, no count of occasions
    int timesEnd = digits && !marked && "times".equals(next) ? Multipliers.timesEnd(text, m.end()) : -1;
    if (!marked && !fractionOfPoint && timesEnd < 0 && TIME_UNITS.contains(next) && !(DURATIONS.contains(next)
        && AVERAGE_BEFORE.matcher(text.substring(Math.max(sentenceStart, m.start() - AVERAGE_REACH), m.start())).find())
        && !MeasuredDurations.counts(text, m.start(), m.end(), next)) {
      return null;
    }
    if (!digits && !fraction && !ratio && !marked) {
      String prev = previousWord(text, m.start());
      // "17 shots to Monterrey's nine": a rival's tally ends its clause and is a figure all the same
      if (DEFINITE.contains(prev) || next.isEmpty() && !OpponentTally.before(text, m.start())) return null;
    }
    double value;
    if (ratio) {
      String[] parts = WhiteSpace.words(num);
      double part = number(parts[0]);
      double whole = number(parts[parts.length - 1]);
      if (whole < 2 || part >= whole) return null;
      value = Math.round(part / whole * 1000) / 1000.0;
    } else if (fraction) {
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
      value = DecimalShift.times(Double.toString(number(num)), powerOf(scale));
    }
    boolean share = fraction || ratio || leadingDot;
    if (pct != null) {
      value = DecimalShift.times(Double.toString(value), -2);
      share = true;
    } else if (bp != null) {
      // basis points are hundredths of a percentage point
      value = DecimalShift.times(Double.toString(value), -4);
      share = true;
    }
    // "increased its share of the vote by 3 points", "her approval rating fell 6 points": percentage points
    if (digits && !marked && !fractionOfPoint && POINTS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
        && SHARE_BEFORE.matcher(text.substring(sentenceStart, numStart)).find()) {
      value = DecimalShift.times(Double.toString(value), -2);
      share = true;
    }
    if (fractionOfPoint) {
      value = DecimalShift.times(Double.toString(value), -2);
      share = true;
    }
    String currency = CurrencySigns.name(cur);
    String measure = deg == null ? glued != null ? glued.name() : timesEnd >= 0 ? Multipliers.UNIT : null
        : deg.contains("C") ? "degrees Celsius" : deg.contains("F") ? "degrees Fahrenheit" : "degrees";
    boolean approximate = m.group("approx") != null || !digits && !fraction && !ratio && scale != null;
    int start = m.group("approx") != null ? m.start("approx") : m.group("cur") != null ? m.start("cur") : numStart;
    int end = fractionOfPoint ? ofPoint.end() : glued != null ? glued.end() : timesEnd >= 0 ? timesEnd : m.end();
    Matcher small = SMALL_UNITS.matcher(text).region(end, Math.min(text.length(), end + 8));
    if (digits && !marked && small.lookingAt()) {
      // "98 cents" is $0.98, "45 pence" £0.45: the contract counts money in the currency's main unit
      value = DecimalShift.times(Double.toString(value), -2);
      currency = small.group(1).toLowerCase(Locale.ROOT).startsWith("p") ? "pounds sterling" : "US dollars";
      end = small.end();
    }
    if (cents) {
      // "57c a share": cents written as a suffix, parts of the home dollar or rand
      value = DecimalShift.times(Double.toString(value), -2);
      currency = "US dollars";
      end = after + 1;
    }
    if (pence) {
      // "210p a share", "less than 30p": pence written as a suffix in British copy
      value = DecimalShift.times(Double.toString(value), -2);
      currency = "pounds sterling";
      end = after + 1;
    }
    // "minus 10.8 feet", "−4C": below zero
    int sign = NegativeFigures.signStart(text, numStart);
    if (sign >= 0 && m.group("approx") == null && m.group("cur") == null) {
      value = -value;
      start = sign;
    }
    return new Figure(start, end, text.substring(start, end), value, approximate, share, currency, measure);
  }

  /** A number written with digits or words ("12", "fifty-eight"). */
  private static double number(String word) {
    if (Character.isDigit(word.charAt(0))) return Double.parseDouble(word.replace(",", ""));
    int hyphen = word.indexOf('-');
    if (hyphen > 0) return WORDS.get(word.substring(0, hyphen)) + WORDS.get(word.substring(hyphen + 1));
    return WORDS.get(word);
  }

  /** The power of ten a scale word multiplies by. */
  private static int powerOf(String scale) {
    if (scale == null) return 0;
    return switch (scale) {
      case "thousand" -> 3;
      // Indian English: a lakh is a hundred thousand, a crore ten million
      case "lakh", "lakhs" -> 5;
      case "crore", "crores" -> 7;
      case "million", "m" -> 6;
      case "billion", "bn", "b" -> 9;
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
