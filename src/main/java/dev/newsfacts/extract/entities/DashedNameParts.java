package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.text.WhiteSpace;
import java.util.List;

/**
 * "Marco Rubio—as well as", "Exclusive–Maria Espinoza": the tokenizer keeps a word glued to a name by an em or
 * en dash, and the person step takes the run for one name. A dash ends a name: the mention keeps the part of
 * most words that opens with a capital, the later one at a tie (a label before a dash, a name after it).
 */
final class DashedNameParts {
  private DashedNameParts() {}

  static void apply(String text, List<PersonEntry> persons) {
    for (PersonEntry p : persons) {
      for (int i = 0; i < p.mentions.size(); i++) {
        PersonMention m = p.mentions.get(i);
        PersonMention cut = cut(text, m);
        if (cut != null) p.mentions.set(i, cut);
      }
    }
  }

  /** The part of {@code m} a dash leaves as the name, or null when the mention has no dash or no such part. */
  static PersonMention cut(String text, PersonMention m) {
    String covered = text.substring(m.start(), m.end());
    if (covered.indexOf('—') < 0 && covered.indexOf('–') < 0) return null;
    int bestStart = -1;
    int bestEnd = -1;
    int bestWords = 0;
    int from = 0;
    for (int k = 0; k <= covered.length(); k++) {
      if (k < covered.length() && covered.charAt(k) != '—' && covered.charAt(k) != '–') continue;
      int a = from;
      int b = k;
      while (a < b && Character.isWhitespace(covered.charAt(a))) a++;
      while (b > a && Character.isWhitespace(covered.charAt(b - 1))) b--;
      if (b > a && Character.isUpperCase(covered.charAt(a))) {
        int words = WhiteSpace.words(covered.substring(a, b)).length;
        if (words >= bestWords) {
          bestWords = words;
          bestStart = a;
          bestEnd = b;
        }
      }
      from = k + 1;
    }
    if (bestStart < 0) return null;
    int start = m.start() + bestStart;
    int end = m.start() + bestEnd;
    String name = WhiteSpace.collapse(text.substring(start, end));
    return start == m.start() ? new PersonMention(m.titleStart(), start, end, name, m.title())
        : new PersonMention(start, start, end, name, "");
  }
}
