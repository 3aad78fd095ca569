package dev.newsfacts.extract.language;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.model.Quantity;
import dev.newsfacts.model.StatisticFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statistics read with the profile's number format: "3 000 enseignants" → 3000, "2.000 millones de
 * euros" → 2000000000 euros, "2,5 Mrd. Euro" → 2500000000, "42 %" and "5,3 Prozent" → shares. The unit
 * is the noun after the number (one or two words, never past punctuation or a quotation mark). Years,
 * days of a date and numbers in the dateline are no statistics. Thread-safe.
 */
public final class ProfileFigures {
  private static final Pattern SPACE_BEFORE_UNIT = Pattern.compile("^\\.?[ \\u00A0]+(?:de[ \\u00A0]+)?");
  private static final Pattern NON_DIGIT = Pattern.compile("[^0-9]");

  private static final int MAX_UNIT_WORDS = 2;
  private final LanguageProfile profile;
  private final Pattern number;
  private final List<String> scales;

  public ProfileFigures(LanguageProfile profile) {
    this.profile = profile;
    NumberFormat f = profile.numbers();
    String group = "[" + f.groupChars().replace(".", "\\.") + "]";
    this.number = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:" + group + "\\d{3})+|\\d+)(?:" + Pattern.quote(
        String.valueOf(f.decimal())) + "(\\d+))?(?![\\p{L}\\p{N}])");
    this.scales = new ArrayList<>(f.scales().keySet());
    // "mil millones" before "mil", "millions" before "million"
    scales.sort(Comparator.comparingInt(String::length).reversed());
  }

  public List<StatisticFact> find(AnnotatedText at, int bodyStart) {
    String text = at.text();
    List<StatisticFact> out = new ArrayList<>();
    NumberFormat f = profile.numbers();
    Matcher m = number.matcher(text);
    int from = bodyStart;
    while (from < text.length() && m.find(from)) {
      from = m.end();
      String digits = NON_DIGIT.matcher(m.group(1)).replaceAll("");
      boolean grouped = m.group(1).length() != digits.length();
      double value = Double.parseDouble(digits + (m.group(2) == null ? "" : "." + m.group(2)));
      int end = m.end();
      String rest = text.substring(end, Math.min(text.length(), end + 40));
      String scale = null;
      for (String s : scales) {
        if (startsWithWord(rest, s)) {
          scale = s;
          break;
        }
      }
      boolean hasScale = scale != null;
      if (hasScale) {
        value *= f.scales().get(scale);
        end += leadingSpace(rest) + scale.length();
        rest = text.substring(end, Math.min(text.length(), end + 40));
      }
      String percent = null;
      for (String p : f.percentWords()) if (startsWithWord(rest, p)) percent = p;
      if (!hasScale && percent == null && !grouped && m.group(2) == null && (isYear(digits) || isDay(rest))) continue;
      String unit;
      if (percent != null) {
        value /= 100;
        end += leadingSpace(rest) + percent.length();
        unit = "percent";
      } else {
        unit = unit(rest);
      }
      Sentence s = at.sentenceAt(m.start());
      int ss = s == null ? m.start() : Math.max(s.start(), bodyStart);
      int se = s == null ? end : Math.max(s.end(), end);
      boolean approximate = approximate(text, ss, m.start());
      out.add(new StatisticFact(null, text.substring(ss, se), ss, se,
          new Quantity(value, approximate, unit, text.substring(m.start(), end)), null, null, null));
    }
    out.addAll(measuredWords(at, bodyStart));
    out.sort(Comparator.comparingInt(StatisticFact::start));
    return out;
  }

  /**
   * "zwei Liter Wasser", "trois degrés", "dos kilómetros": a number written as a word is a figure only
   * before a unit of measure; before any other noun ("zwei Fähren", "quatre ans") it is left to the text.
   */
  private List<StatisticFact> measuredWords(AnnotatedText at, int bodyStart) {
    String text = at.text();
    NumberFormat f = profile.numbers();
    List<StatisticFact> out = new ArrayList<>();
    if (f.numberWords().isEmpty() || f.measures().isEmpty()) return out;
    List<Word> words = Word.in(text, bodyStart, text.length());
    for (int i = 0; i + 1 < words.size(); i++) {
      Word n = words.get(i);
      Integer value = f.numberWords().get(n.lower());
      Word unit = words.get(i + 1);
      if (value == null || !f.measures().contains(unit.lower()) || unit.start() - n.end() > 1) continue;
      Sentence s = at.sentenceAt(n.start());
      int ss = s == null ? n.start() : Math.max(s.start(), bodyStart);
      int se = s == null ? unit.end() : Math.max(s.end(), unit.end());
      out.add(new StatisticFact(null, text.substring(ss, se), ss, se,
          new Quantity(value, approximate(text, ss, n.start()), unit.text(), text.substring(n.start(), unit.end())),
          null, null, null));
    }
    return out;
  }

  private boolean approximate(String text, int sentenceStart, int at) {
    String before = text.substring(Math.max(sentenceStart, at - 20), at).toLowerCase(Locale.ROOT).strip();
    for (String a : profile.numbers().approximations()) if (before.endsWith(a)) return true;
    return false;
  }

  private static boolean isYear(String digits) {
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
  }

  /** "14 mars", "3. April", "8 de febrero", "1er": the day of a date. */
  private boolean isDay(String rest) {
    String r = SPACE_BEFORE_UNIT.matcher(rest).replaceFirst("").toLowerCase(Locale.ROOT);
    for (String month : profile.months().keySet()) if (r.startsWith(month)) return true;
    return false;
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || Character.isSpaceChar(s.charAt(i)))) i++;
    return i;
  }

  private static boolean startsWithWord(String rest, String word) {
    int i = leadingSpace(rest);
    if (word.equals("%")) return rest.startsWith("%", i);
    if (i == 0 || !rest.regionMatches(true, i, word, 0, word.length())) return false;
    int after = i + word.length();
    return after >= rest.length() || !Character.isLetter(rest.charAt(after)) || word.endsWith("'");
  }

  /** The noun after a figure: "enseignants", "d'euros" → "euros", "de euros" → "euros", "neue Wohnungen". */
  private String unit(String rest) {
    List<Word> words = Word.in(rest, 0, rest.length());
    List<String> unit = new ArrayList<>();
    for (int i = 0; i < words.size() && unit.size() < MAX_UNIT_WORDS; i++) {
      Word w = words.get(i);
      if (!w.isLetters()) break;
      String bare = w.withoutElision();
      if (unit.isEmpty() && !bare.equals(w.text())) {
        unit.add(bare);
        break;
      }
      if (unit.isEmpty() && profile.numbers().unitJoiners().contains(w.lower())) continue;
      if (profile.determiners().contains(w.lower()) || profile.joiners().contains(w.lower())) break;
      unit.add(w.text());
      // one noun; a German adjective before its noun ("neue Wohnungen") takes the noun too
      if (!(profile.capitalisesNouns() && !w.isCapitalised())) break;
    }
    return unit.isEmpty() ? null : String.join(" ", unit);
  }
}
