package dev.newsfacts.extract.facts;

import java.util.regex.Pattern;

/**
 * "its latest Priced Out of the Market study", "the charity's annual State of the Nation report": a capitalised
 * title can run on through "of the", so the capitalised word after "the" is the title's last word, not the name of
 * the study's owner ("a new Gallup poll").
 */
final class LongerStudyTitle {
  /** A capitalised word, then "of" right before where "the" opens. */
  private static final Pattern TITLE_OF = Pattern.compile("\\p{Lu}[\\p{L}-]*[ \\u00A0]+of[ \\u00A0]+\\z");
  /** How far back the title's word before "of" is looked for. */
  private static final int REACH = 40;

  private LongerStudyTitle() {}

  /** Whether the words before {@code theStart} (not before {@code from}) carry a title on into "the …". */
  static boolean endsAt(String text, int from, int theStart) {
    int a = Math.max(from, theStart - REACH);
    return TITLE_OF.matcher(text).region(a, theStart).find();
  }
}
