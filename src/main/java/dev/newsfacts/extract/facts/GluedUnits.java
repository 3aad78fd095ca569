package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Units written straight after a figure ("160km of pipes", "50kWh a month"), from glued-units.txt: the figure is a
 * measure in that unit, not a code run into letters.
 */
final class GluedUnits {
  private static final Map<String, String> NAMES = load();
  /** The longest unit as written, so no longer run of letters is compared. */
  private static final int LONGEST = longest();

  /** A unit found after a figure: its name and where it ends. */
  record Unit(String name, int end) {}

  private GluedUnits() {}

  /** The unit written at {@code at} right after a figure's digits, ending the word there, or null. */
  static Unit at(String text, int at) {
    if (at >= text.length() || !Character.isLetter(text.charAt(at))) return null;
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end)) && end - at <= LONGEST) end++;
    if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) return null;
    String name = NAMES.get(text.substring(at, end));
    return name == null ? null : new Unit(name, end);
  }

  // a loop, not a stream with a method reference, which a cold start would spin at run time
  private static int longest() {
    int longest = 0;
    for (String unit : NAMES.keySet()) longest = Math.max(longest, unit.length());
    return longest;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : WordList.linesAsWritten("/dev/newsfacts/lexicon/en/glued-units.txt")) {
      int tab = line.indexOf('\t');
      out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
    }
    return Map.copyOf(out);
  }
}
