package dev.newsfacts.extract.meta;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.Dateline;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens wire copy, in the forms agencies use:
 * "MEXICO CITY (AP) —", "EL PASO, Texas (AP) —", "WASHINGTON, Oct 5 (Reuters) -",
 * "Mexico City, (APP - UrduPoint / Pakistan Point News - 5th Oct, 2023)", and the newspaper form
 * with no agency, "OTTAWA —", "ST. JOHN'S, N.L. --", "WASHINGTON, Dec. 4 —", and the South Asian "NEW DELHI:".
 */
public final class DatelineParser {
  private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

  private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
  private static final Pattern DATELINE = Pattern.compile(
      "\\A(?<loc>" + WORD + "(?: " + WORD + "){0,4}(?:, " + WORD + "(?: " + WORD + ")?)?)"
          + ",?[ \\u00A0]*(?<date>" + LooseDate.MONTH + " \\d{1,2})?[ \\u00A0]*"
          + "\\((?<agency>[^()\\n]{2,120})\\)(?<dash>[ \\u00A0]*[-—–:]+)?");

  /** A word in capitals: a newspaper dateline has no agency, so only its capitals set it apart from a sentence. */
  private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’-]*\\p{Lu}\\.?";
  /** Words that open a story in capitals before a dash without being a place ("EXCLUSIVE –"). */
  private static final Set<String> STORY_LABELS = WordList.set("/dev/newsfacts/lexicon/en/story-labels.txt");

  private DatelineParser() {}

  /**
   * The dateline at {@code start} in {@code text}, or null. A date without a year takes the year of
   * {@code reference} when one is known.
   */
  public static Dateline parse(String text, int start, int end, LocalDate reference) {
    Matcher m = DATELINE.matcher(text).region(start, end);
    if (!m.lookingAt()) return newspaperDateline(text, start, end, reference);
    String agency = m.group("agency").strip();
    String date = m.group("date");
    if (!looksLikeAgency(agency)) return null;
    // "APP - UrduPoint / Pakistan Point News - 5th Oct, 2023": the date sits inside the brackets
    int lastDash = agency.lastIndexOf(" - ");
    if (date == null && lastDash > 0 && LooseDate.parse(agency.substring(lastDash + 3), reference) != null) {
      date = agency.substring(lastDash + 3);
      agency = agency.substring(0, lastDash).strip();
    }
    // a dateline without a dash must still be followed by the story, not by more of a sentence
    if (m.group("dash") == null && m.group("date") == null && date == null) return null;
    LocalDate d = date == null ? null : LooseDate.parse(date, reference);
    return new Dateline(place(m.group("loc")), agency, d == null ? null : d.toString(), start, m.end());
  }

  private static Dateline newspaperDateline(String text, int start, int end, LocalDate reference) {
    Matcher m = NewspaperDatelinePattern.NEWSPAPER_DATELINE.matcher(text).region(start, end);
    if (!m.lookingAt() || STORY_LABELS.contains(m.group("loc").toLowerCase(Locale.ROOT))) return null;
    // "BUSTED: Emails Reveal …", "BYLINE: Amber Phillips.": before a colon, capitals are a label unless a sentence
    // in ordinary case follows
    if (text.lastIndexOf(':', m.end()) >= m.start("loc") + m.group("loc").length() && !sentenceFollows(text, m.end(), end)) {
      return null;
    }
    String date = m.group("date");
    LocalDate d = date == null ? null : LooseDate.parse(date, reference);
    int dash = m.end();
    while (dash > start && Character.isWhitespace(text.charAt(dash - 1))) dash--;
    return new Dateline(place(m.group("loc")), null, d == null ? null : d.toString(), start, dash);
  }

  /**
   * Whether a sentence in ordinary case follows: some lower-case word among the first five, and more words after. A
   * short form in brackets is no word of it ("KUALA LUMPUR: Bank Negara Malaysia (BNM) kept …").
   */
  private static boolean sentenceFollows(String text, int from, int end) {
    String[] words = WhiteSpace.words(text.substring(from, end).strip());
    if (words.length < 8) return false;
    int counted = 0;
    for (int i = 1; i < words.length && counted < 4; i++) {
      if (words[i].startsWith("(") && words[i].endsWith(")")) continue;
      if (Character.isLowerCase(words[i].charAt(0))) return true;
      counted++;
    }
    return false;
  }

  private static boolean looksLikeAgency(String agency) {
    // AP, Reuters, AFP, APP - UrduPoint ...: opens with a capital, short; "dpa" writes its letters in lower case
    return !agency.isEmpty() && Character.isUpperCase(agency.charAt(0)) && WhiteSpace.words(agency).length <= 12
        || lowerCaseLetters(agency);
  }

  /** "dpa", "epd": an agency that writes its short name in lower-case letters, two to four of them. */
  private static boolean lowerCaseLetters(String agency) {
    if (agency.length() < 2 || agency.length() > 4) return false;
    for (int i = 0; i < agency.length(); i++) if (!Character.isLowerCase(agency.charAt(i))) return false;
    return true;
  }

  /** "MEXICO CITY" → "Mexico City", "EL PASO, Texas" → "El Paso, Texas": words in capitals only are recased. */
  public static String place(String loc) {
    StringBuilder sb = new StringBuilder();
    for (String w : loc.split(" ", -1)) {
      if (sb.length() > 0) sb.append(' ');
      String letters = NON_LETTER.matcher(w).replaceAll("");
      if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
        sb.append(w);
        continue;
      }
      boolean start = true;
      char[] cs = w.toCharArray();
      for (int i = 0; i < cs.length; i++) {
        char c = cs[i];
        // "O'HARE" gives "O'Hare", but the possessive of "ST. JOHN'S" stays lower case
        boolean possessiveS = i > 0 && (cs[i - 1] == '\'' || cs[i - 1] == '’') && (c == 'S' || c == 's')
            && (i + 1 == cs.length || !Character.isLetter(cs[i + 1]));
        sb.append(start && !possessiveS ? c : Character.toLowerCase(c));
        start = c == '-' || c == '.' || c == '\'' || c == '’';
      }
    }
    return sb.toString();
  }

  /** Compiled on first use: tried only where the agency dateline form does not match. */
  private static final class NewspaperDatelinePattern {
    static final Pattern NEWSPAPER_DATELINE = Pattern.compile(
        "\\A(?<loc>" + CAPS + "(?: " + CAPS + "){0,3}(?:, " + WORD + "(?: " + WORD + ")?)?)"
            + "(?:,[ \\u00A0]*(?<date>" + LooseDate.MONTH + " \\d{1,2}))?(?:[ \\u00A0]+(?:—|–|--|-(?= ))|:)[ \\u00A0]*(?=\\p{Lu}|\\p{Pi}|\")");
  }
}
