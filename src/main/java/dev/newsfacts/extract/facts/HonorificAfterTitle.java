package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * "Vice-Chancellor Professor Helen Marsh", "Chief Executive Dr Amy Lee": the honorific between the office and the
 * name is the person's, not part of the office. So are a rank or courtesy office after a role word ("Opposition
 * leader Cllr Alan Lamb", "union chairman Capt. Peter Hedrick") and an honorific of two words ("chairman Tan Sri").
 */
final class HonorificAfterTitle {
  private static final Set<String> ACADEMIC = WordList.set("/dev/newsfacts/lexicon/en/academic-honorifics.txt");
  private static final Set<String> RANKS = WordList.set("/dev/newsfacts/lexicon/en/honorific-ranks.txt");

  private HonorificAfterTitle() {}

  /** {@code title} without the honorifics that end it, when a title word stays before them. */
  static String strip(String title) {
    String out = title;
    while (true) {
      int space = out.lastIndexOf(' ');
      if (space <= 0) return out;
      String last = out.substring(space + 1);
      String rest = out.substring(0, space).stripTrailing();
      // "Associate Professor": an academic title graded by the one word before it is the office itself
      if (isHonorific(last) && !academicGrade(rest, last) || rankAfterRole(last, rest)) {
        out = rest;
        continue;
      }
      int before = rest.lastIndexOf(' ');
      // "Federal Land Development Authority chairman Tan Sri": both words go, a word staying before them
      if (before > 0 && Titles.isCompoundHonorific(rest.substring(before + 1), last)) {
        out = rest.substring(0, before).stripTrailing();
        continue;
      }
      return out;
    }
  }

  /** Whether {@code title} is only honorifics and ranks ("Dr", "Capt.", "Tan Sri"), no role of its own. */
  static boolean onlyHonorifics(String title) {
    String[] words = title.strip().split(" +");
    if (words[0].isEmpty()) return false;
    for (int k = 0; k < words.length; k++) {
      if (isHonorific(words[k]) || RANKS.contains(withoutStop(words[k]).toLowerCase(Locale.ROOT))) continue;
      if (k + 1 < words.length && Titles.isCompoundHonorific(words[k], words[k + 1])) {
        k++;
        continue;
      }
      return false;
    }
    return true;
  }

  /** Whether {@code rest} is one word grading the academic title {@code last} ("Associate" of "Associate Professor"). */
  private static boolean academicGrade(String rest, String last) {
    return ACADEMIC.contains(last.toLowerCase(Locale.ROOT)) && rest.indexOf(' ') < 0 && RoleFinder.isTitleModifier(rest);
  }

  private static String withoutStop(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static boolean isHonorific(String w) {
    return Titles.isHonorific(w) || ACADEMIC.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * "Cllr" after "leader": a rank whose word before is a role word written out, so that "Lt. Col." and "Police Supt"
   * keep theirs.
   */
  private static boolean rankAfterRole(String last, String rest) {
    if (!RANKS.contains(withoutStop(last).toLowerCase(Locale.ROOT))) return false;
    String before = rest.substring(rest.lastIndexOf(' ') + 1);
    return !before.endsWith(".") && !Titles.isRoleAbbreviation(before) && RoleFinder.isRoleNoun(PrefixedRoles.noun(before));
  }
}
