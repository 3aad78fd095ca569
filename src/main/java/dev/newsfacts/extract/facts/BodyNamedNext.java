package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.text.WhiteSpace;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure credited to a body the sentence names only by a common noun, whose name the next sentence gives: "X has been
 * fined £41m by the industry regulator." then "The Water Services Regulation Authority said …". News copy leads with
 * the noun and names the body a sentence later, so the next sentence's organisation is the figure's source.
 */
final class BodyNamedNext {
  /** "by the industry regulator", "by the agency", "from the ministry": an agent written as a common noun. */
  private static final Pattern BY_THE_NOUN = Pattern.compile(
      "\\b(?:by|from)[ \\u00A0]+the[ \\u00A0]+(?<words>\\p{Ll}+(?:[ \\u00A0]+\\p{Ll}+){0,2})");

  private BodyNamedNext() {}

  /** Whether {@code sentence} credits something to a body it names by an organisation noun alone. */
  static boolean namesBodyByNoun(String sentence) {
    if (!sentence.contains(" the ")) return false;
    Matcher x = BY_THE_NOUN.matcher(sentence);
    while (x.find()) {
      // the head is one of the first three words: "by the industry regulator after …"
      for (String word : WhiteSpace.spaceWords(x.group("words"))) {
        if (OwnerReference.isOrganisationNoun(word)) return true;
      }
    }
    return false;
  }
}
