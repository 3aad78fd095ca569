package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.NeverNameWords;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Officials said", "Police in Ohio said": a word capitalised only because it opens a sentence is a
 * common noun, not a name, when the tagger reads it as a noun and the article writes it in lower case
 * elsewhere, or it is a plural or a collective noun ({@code collective-nouns.txt}). A word the article
 * capitalises inside a sentence too is a name ("Reuters reported ... according to Reuters"). A function
 * word opening the sentence ("After", "There") is never a name.
 */
final class OpeningCommonNoun {
  private static final Set<String> COLLECTIVE = WordList.set("/dev/newsfacts/lexicon/en/collective-nouns.txt");

  private final List<Token> toks;
  private final Set<String> lowerCase = new HashSet<>();
  private final Set<String> capitalisedInside = new HashSet<>();

  OpeningCommonNoun(List<Token> toks) {
    this.toks = toks;
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (!t.isCapitalised()) lowerCase.add(t.text());
      else if (!opens(i)) capitalisedInside.add(t.text());
    }
  }

  /** Whether the word at {@code i} opens its sentence or clause and is a common noun there. */
  boolean at(int i) {
    Token t = toks.get(i);
    if (!t.isCapitalised() || !opens(i)) return false;
    // "After", "There", "It": words that open sentences but never start a name, whatever the tagger says
    if (NeverNameWords.contains(t.text())) return true;
    if (capitalisedInside.contains(t.text())) return false;
    String lower = t.text().toLowerCase(Locale.ROOT);
    // "Sources/PROPN say": the tagger takes some opening plurals for names; the article's own lower case settles it
    if ("PROPN".equals(SourceFinder.mainTag(t))) return plural(lower) && lowerCase.contains(lower);
    if (!"NOUN".equals(SourceFinder.mainTag(t))) return false;
    return lowerCase.contains(lower) || COLLECTIVE.contains(lower) || plural(lower);
  }

  /** "Officials", "Residents": a regular plural; "-ss" and "-us" words are singular ("Congress", "Status"). */
  private static boolean plural(String lower) {
    return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && allLetters(lower);
  }

  // loops, not chars() streams with method references, which a cold start would spin at run time
  private static boolean allLetters(String word) {
    for (int i = 0; i < word.length(); i++) if (!Character.isLetter(word.charAt(i))) return false;
    return true;
  }

  private static boolean anyLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); i++) if (Character.isLetterOrDigit(word.charAt(i))) return true;
    return false;
  }

  /** The first word of a sentence, or the first after an opening mark (a quote mark, a dash, a colon). */
  private boolean opens(int i) {
    if (i == 0 || toks.get(i - 1).sentence() != toks.get(i).sentence()) return true;
    String prev = toks.get(i - 1).text();
    return !prev.equals(",") && !anyLetterOrDigit(prev);
  }
}
