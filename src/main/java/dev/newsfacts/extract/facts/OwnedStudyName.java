package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "according to Drewry's Cancelled Sailings Tracker", "according to Zillow's Home Value Index": a named study, index or
 * tracker written after its owner's possessive. The owner publishes it and is the figures' source, whether or not a
 * list knows the owner's name.
 */
final class OwnedStudyName {
  private static final Set<String> HEADS = WordList.set("/dev/newsfacts/lexicon/en/study-name-heads.txt");
  /** "[the] Owner Name's " right before the study's name. */
  private static final Pattern OWNER_BEFORE = Pattern.compile(
      "(?:\\A|[ \\u00A0])(?:the[ \\u00A0]+)?(?<owner>\\p{Lu}[\\p{L}&.-]*(?:[ \\u00A0]+\\p{Lu}[\\p{L}&.-]*){0,3})['’]s?[ \\u00A0]+"
          + "(?:(?:new|latest|annual|monthly|weekly|quarterly)[ \\u00A0]+)?\\z");

  private OwnedStudyName() {}

  /** Whether a name ends with a word that names a study, index or tracker ("Cancelled Sailings Tracker"). */
  static boolean namesStudy(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return HEADS.contains(last);
  }

  /**
   * The owner written as a possessive in {@code text[from, nameStart)}, right before a study's name starting at
   * {@code nameStart}; or null.
   */
  static Owner ownerBefore(String text, int from, int nameStart) {
    if (nameStart <= from) return null;
    Matcher x = OWNER_BEFORE.matcher(text).region(from, nameStart);
    x.useTransparentBounds(false);
    if (!x.find()) return null;
    return new Owner(x.group("owner"), x.start("owner"), x.end("owner"));
  }

  /** The owner's name as written and where it stands. */
  record Owner(String name, int start, int end) {}
}
