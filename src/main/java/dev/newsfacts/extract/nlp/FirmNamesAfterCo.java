package dev.newsfacts.extract.nlp;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * "Ssemakula & Co. Advocates said": the period of a firm's "& Co." ends no sentence where a word of the firm's name
 * goes on after it; "shares of Deere & Co. Analysts said" still ends there.
 */
public final class FirmNamesAfterCo {
  private static final Set<String> KINDS = WordList.set("/dev/newsfacts/lexicon/en/firm-kinds-after-co.txt");

  private FirmNamesAfterCo() {}

  /** Whether {@code word} goes on a firm's name after "& Co." ("Advocates", "Ltd"). */
  public static boolean isKind(String word) {
    return KINDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the piece {@code start}..{@code end} of {@code para} ends on "& Co." and the word at {@code next} is a firm's. */
  static boolean continues(String para, int start, int end, int next) {
    if (!para.startsWith("& Co.", end - 5) || end - 5 < start) return false;
    int e = next;
    while (e < para.length() && Character.isLetter(para.charAt(e))) e++;
    return e > next && Character.isUpperCase(para.charAt(next))
        && isKind(para.substring(next, e));
  }
}
