package dev.newsfacts.extract.entities;

import java.util.Iterator;
import java.util.List;

/**
 * "Lindquist & Sons Hardware", "the Athens firm Kastrinaki & Partners": a firm named for its founder writes the
 * surname before an ampersand and a capitalised word; that mention is the firm's, not the person's, even where the
 * article names the founder or an heir ("Carl Lindquist") elsewhere. So are the words right after such an
 * ampersand ("Sons Hardware"), which the person step may read as a name of their own.
 */
final class FoundersInFirmNames {
  private FoundersInFirmNames() {}

  /** Drops every person mention beside an ampersand between capitalised words, and a person left with no mention. */
  static void strip(String text, List<PersonEntry> persons) {
    // loops, not lambdas: a cold start spins a class for each lambda it meets
    for (Iterator<PersonEntry> it = persons.iterator(); it.hasNext(); ) {
      PersonEntry p = it.next();
      strip(text, p);
      if (p.mentions.isEmpty()) it.remove();
    }
  }

  /** Drops the person's mentions beside such an ampersand. */
  static void strip(String text, PersonEntry p) {
    for (Iterator<PersonMention> m = p.mentions.iterator(); m.hasNext(); ) {
      PersonMention pm = m.next();
      if (beforeAmpersand(text, pm.end()) || afterAmpersand(text, pm.start())) m.remove();
    }
  }

  /** Whether the text from {@code end} is an ampersand, at most one space each side, and a capital letter. */
  static boolean beforeAmpersand(String text, int end) {
    int k = end;
    if (k < text.length() && text.charAt(k) == ' ') k++;
    if (k >= text.length() || text.charAt(k) != '&') return false;
    k++;
    if (k < text.length() && text.charAt(k) == ' ') k++;
    return k < text.length() && Character.isUpperCase(text.charAt(k));
  }

  /** Whether the text before {@code start} is a capitalised word's last letter, an ampersand and at most one space each side. */
  static boolean afterAmpersand(String text, int start) {
    int k = start - 1;
    if (k >= 0 && text.charAt(k) == ' ') k--;
    if (k < 0 || text.charAt(k) != '&') return false;
    k--;
    if (k >= 0 && text.charAt(k) == ' ') k--;
    if (k < 0 || !Character.isLetter(text.charAt(k))) return false;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
    return Character.isUpperCase(text.charAt(k));
  }
}
