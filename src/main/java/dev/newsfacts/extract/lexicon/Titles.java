package dev.newsfacts.extract.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Words of titles and roles that stand before a name ("Homeland Security Secretary Alejandro
 * Mayorkas", "Sen. Marco Rubio") or that name an unnamed source ("a spokesman"). Written by
 * hand from news usage; the lists are in {@code /dev/newsfacts/lexicon/en/}.
 */
public final class Titles {
  private static final String DIR = "/dev/newsfacts/lexicon/en/";
  private static final Set<String> HONORIFICS = WordList.set(DIR + "honorifics.txt");
  private static final Set<String> FEMALE_HONORIFICS = WordList.set(DIR + "honorifics-female.txt");
  private static final Set<String> MALE_HONORIFICS = WordList.set(DIR + "honorifics-male.txt");
  private static final Set<String> TITLE_WORDS = WordList.set(DIR + "title-words.txt");
  private static final Set<String> ROLE_ABBREVIATIONS = WordList.set(DIR + "role-abbreviations.txt");
  private static final Set<String> COMPOUND_HONORIFICS = WordList.set(DIR + "compound-honorifics.txt");
  /** Nouns that head a description of an unnamed source ("a State Department spokesman"). */

  private Titles() {}

  public static boolean isHonorific(String w) {
    return HONORIFICS.contains(w.toLowerCase(Locale.ROOT)) && !allCapitals(w);
  }

  /**
   * "MX", "DR", "MS": a short honorific written in capitals in running text is an abbreviation ("Liga MX", the DR
   * Congo, MS patients), not a courtesy title.
   */
  private static boolean allCapitals(String w) {
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2;
  }

  /**
   * Whether {@code first} and {@code second} make an honorific of two words ("Tan Sri", "Datuk Seri"); the
   * apostrophe of "Dato' Seri" is left out.
   */
  public static boolean isCompoundHonorific(String first, String second) {
    String a = first.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
    return COMPOUND_HONORIFICS.contains(a + " " + second.toLowerCase(Locale.ROOT));
  }

  /** 'F', 'M' or 0 for honorifics that say a gender. */
  public static char honorificGender(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (FEMALE_HONORIFICS.contains(l)) return 'F';
    if (MALE_HONORIFICS.contains(l)) return 'M';
    return 0;
  }

  public static boolean isTitleWord(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return TITLE_WORDS.contains(l) || HONORIFICS.contains(l) && !allCapitals(w);
  }

  /** An abbreviated title written before a name, without its full stop ("Sen", "Atty", "Lt"). */
  public static boolean isRoleAbbreviation(String w) {
    return ROLE_ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Gender a role word carries on its own ("spokeswoman"), or 0. */
  public static char roleGender(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.endsWith("woman") || l.equals("queen") || l.equals("princess") || l.equals("sister") || l.equals("wife")
        || l.equals("mother") || l.equals("widow") || l.equals("daughter") || l.equals("aunt")) return 'F';
    if (l.endsWith("man") || l.equals("king") || l.equals("prince") || l.equals("brother") || l.equals("husband")
        || l.equals("father") || l.equals("son") || l.equals("uncle")) return 'M';
    return 0;
  }
}
