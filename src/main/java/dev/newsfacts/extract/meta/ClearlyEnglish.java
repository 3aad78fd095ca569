package dev.newsfacts.extract.meta;

import dev.newsfacts.extract.lexicon.ResourceLines;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap first look at a text's opening: when a large share of its words are frequent English
 * words and next to none are frequent words of other Latin-script languages, it is English, and
 * the 10 MB language detector need not be loaded (most articles are English, and loading the
 * detector was the largest single cost of a cold start). Anything less clear-cut goes to the
 * detector. The thresholds leave a wide margin on news text: English articles' openings run at
 * 20-50 % English words and at most 4 % of the other list (names such as "de la Cruz").
 */
final class ClearlyEnglish {
  private static final String ENGLISH = "/dev/newsfacts/language/english-function-words.txt";
  private static final String OTHER = "/dev/newsfacts/language/other-language-function-words.txt";
  /** Below this many words the shares say little; the detector decides. */
  static final int MIN_WORDS = 20;
  static final double MIN_ENGLISH_SHARE = 0.15;
  static final double MAX_OTHER_SHARE = 0.05;
  private final Set<String> english;
  private final Set<String> other;

  private ClearlyEnglish(Set<String> english, Set<String> other) {
    this.english = english;
    this.other = other;
  }

  static ClearlyEnglish load() {
    return new ClearlyEnglish(words(ENGLISH), words(OTHER));
  }

  private static Set<String> words(String resource) {
    Set<String> words = new HashSet<>();
    for (String line : ResourceLines.read(resource)) {
      if (!line.isBlank() && !line.startsWith("#")) words.add(line.trim());
    }
    return Set.copyOf(words);
  }

  /** True when {@code text} is English beyond doubt; false means "ask the detector", not "not English". */
  boolean test(String text) {
    int total = 0;
    int englishWords = 0;
    int otherWords = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) i++;
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      total++;
      if (english.contains(word)) englishWords++;
      else if (other.contains(word)) otherWords++;
    }
    return total >= MIN_WORDS && englishWords >= MIN_ENGLISH_SHARE * total && otherWords <= MAX_OTHER_SHARE * total;
  }
}
