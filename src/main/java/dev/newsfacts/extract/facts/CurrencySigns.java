package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Signs and codes written before an amount ("$", "NZ$", "SEK ") and the currency each names, from
 * currency-signs.txt. Letter codes and dollar signs with letters may have a space before the figure ("SEK 9.8bn", "US$ 5.1 billion");
 * other signs and one-letter codes ("R350") may not.
 */
final class CurrencySigns {
  private static final Map<String, String> NAMES = load();
  /** The signs as one alternation, longest first so "NZ$" wins over "$". */
  static final String REGEX = regex();
  /** The first characters of the signs: most word starts open none, and need no comparison with each sign. */
  private static final String OPENING_CHARS = openingChars();
  /**
   * The signs opening with each of {@link #OPENING_CHARS}, in its order: a capitalised word ("Senate", "Kenya") is
   * compared with the few signs of its first letter, not with all eighty.
   */
  private static final List<List<String>> SIGNS_BY_OPENING = signsByOpening();

  private CurrencySigns() {}

  /** The currency a sign as matched (a code with its space) stands for, or null. */
  static String name(String sign) {
    return sign == null ? null : NAMES.get(sign.strip());
  }

  /** Whether a statistic's unit is an amount of money: a currency's name ("US dollars"), or its last word ("yen"). */
  static boolean namesCurrency(String unit) {
    for (String name : NAMES.values()) {
      if (unit.startsWith(name) || name.endsWith(" " + unit) || name.equals(unit)) return true;
    }
    return false;
  }

  /** Whether {@code c} can open a sign, so a figure may start there. */
  static boolean opensSign(String text, int start) {
    int opening = start < text.length() ? OPENING_CHARS.indexOf(text.charAt(start)) : -1;
    if (opening < 0) return false;
    for (String sign : SIGNS_BY_OPENING.get(opening)) if (text.startsWith(sign, start)) return true;
    return false;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : WordList.linesAsWritten("/dev/newsfacts/lexicon/en/currency-signs.txt")) {
      int tab = line.indexOf('\t');
      out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
    }
    return Map.copyOf(out);
  }

  private static String openingChars() {
    StringBuilder out = new StringBuilder();
    for (String sign : NAMES.keySet()) if (out.indexOf(sign.substring(0, 1)) < 0) out.append(sign.charAt(0));
    return out.toString();
  }

  private static List<List<String>> signsByOpening() {
    List<List<String>> out = new ArrayList<>();
    for (int k = 0; k < OPENING_CHARS.length(); k++) out.add(new ArrayList<>());
    for (String sign : NAMES.keySet()) out.get(OPENING_CHARS.indexOf(sign.charAt(0))).add(sign);
    List<List<String>> frozen = new ArrayList<>();
    for (List<String> signs : out) frozen.add(List.copyOf(signs));
    return List.copyOf(frozen);
  }

  private static String regex() {
    List<String> signs = new ArrayList<>(NAMES.keySet());
    // longer signs first, so that the alternation tries "US$" before "$"; a class of the jar, not a lambda chain,
    // which a cold start would spin at run time
    signs.sort(new Comparator<String>() {
      @Override
      public int compare(String a, String b) {
        int c = Integer.compare(b.length(), a.length());
        return c != 0 ? c : a.compareTo(b);
      }
    });
    // one branch per first character, the signs in it in the order above: the engine compiles and tries far fewer
    // branches, and at any position it tries the same signs in the same order as one flat alternation would
    StringBuilder oneChar = new StringBuilder();
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    for (String s : signs) {
      if (s.length() == 1 && !Character.isLetter(s.charAt(0))) {
        oneChar.append("\\x{").append(Integer.toHexString(s.charAt(0))).append('}');
        continue;
      }
      List<String> group = byFirst.get(s.charAt(0));
      if (group == null) byFirst.put(s.charAt(0), group = new ArrayList<>());
      group.add(afterFirst(s));
    }
    List<String> parts = new ArrayList<>();
    if (oneChar.length() > 0) parts.add("[" + oneChar + "]");
    List<String> lettered = new ArrayList<>();
    for (Map.Entry<Character, List<String>> group : byFirst.entrySet()) {
      List<String> rests = group.getValue();
      String first = Pattern.quote(String.valueOf(group.getKey()));
      String branch = rests.size() == 1 ? first + rests.get(0) : first + "(?:" + String.join("|", rests) + ")";
      (Character.isLetter(group.getKey()) ? lettered : parts).add(branch);
    }
    // a code is not the end of a word ("FOR 5")
    if (!lettered.isEmpty()) parts.add("(?<![\\p{L}\\p{N}])(?:" + String.join("|", lettered) + ")");
    return String.join("|", parts);
  }

  /** What a sign's pattern matches after its first character. */
  private static String afterFirst(String s) {
    // "US$ 5.1 billion": a dollar sign after a country's letters may take a space too, as South Asian copy writes it
    boolean code = Character.isLetter(s.charAt(s.length() - 1)) || s.endsWith(".")
        || s.endsWith("$") && Character.isLetter(s.charAt(0));
    if (s.length() > 1) return Pattern.quote(s.substring(1)) + (code ? "[ \\u00A0]?" : "");
    // a one-letter code ("R350") takes no space, so "grade R 2" is no amount; nor does a figure run on into letters
    // after it ("P2P", "R2D2"), but for its scale ("R8.6-billion", "P5m")
    return Character.isLetter(s.charAt(0))
        ? "(?=\\d[\\d.,]*(?:[ -]?(?i:million|billion|trillion|thousand)\\b|bn\\b|m\\b|(?![\\p{L}\\d])))"
        : "";
  }
}
