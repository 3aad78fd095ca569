package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A given name the tagger does not know may get a function word's tag ("lawyer Oduor/ADP Kiprop"): inside a sentence,
 * next to a proper noun, a capitalised word of letters that is no English function word is a name's word whatever
 * its tag. A sentence's first word and one after an opening quote or bracket are capitalised anyway, so they are left out.
 */
final class MistaggedNames {
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
  /** Tags the tagger gives unknown capitalised words inside names; a word of letters is never punctuation or a symbol. */
  private static final Set<String> FUNCTION_TAGS =
      Set.of("ADP", "DET", "SCONJ", "CCONJ", "PRON", "ADV", "PART", "INTJ", "PUNCT", "SYM", "X");
  /** Words that really are function words, capitalised or not ("The" of "The Guardian", "Our" of "Save Our Seas"). */
  private static final Set<String> FUNCTION_WORDS = functionWords();
  private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", "—", "–", "-", ":");

  private MistaggedNames() {}

  /** Whether token {@code k} is a name's word the tagger gave a function word's tag. */
  static boolean isName(List<Token> toks, int k) {
    Token t = toks.get(k);
    // the capital WORD opens with, tested first: most function words are lower case, and a matcher is not built for them
    if (!FUNCTION_TAGS.contains(t.pos()) || t.text().isEmpty()
        || Character.getType(t.text().codePointAt(0)) != Character.UPPERCASE_LETTER || !WORD.matcher(t.text()).matches()
        || FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (k == 0 || toks.get(k - 1).sentence() != t.sentence() || OPENERS.contains(toks.get(k - 1).text())) return false;
    return properNounAt(toks, k + 1, k) || properNounAt(toks, k - 1, k);
  }

  /** Whether token {@code n} is a capitalised proper noun of the sentence of token {@code k}, one space from it. */
  private static boolean properNounAt(List<Token> toks, int n, int k) {
    if (n < 0 || n >= toks.size()) return false;
    Token t = toks.get(k);
    Token u = toks.get(n);
    return u.sentence() == t.sentence() && "PROPN".equals(u.pos()) && u.isCapitalised()
        && (n > k ? u.start() - t.end() : t.start() - u.end()) == 1;
  }

  private static Set<String> functionWords() {
    Set<String> out = new HashSet<>();
    for (String list : List.of("/dev/newsfacts/language/english-function-words.txt", "/dev/newsfacts/lexicon/en/pronouns.txt",
        "/dev/newsfacts/lexicon/en/prepositions.txt", "/dev/newsfacts/lexicon/en/subordinators.txt",
        "/dev/newsfacts/lexicon/en/clause-openers.txt", "/dev/newsfacts/lexicon/en/headline-lowercase-words.txt")) {
      out.addAll(WordList.set(list));
    }
    return Set.copyOf(out);
  }
}
