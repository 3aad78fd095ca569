package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Two or three capitalised words set off by commas right after a role ("Its chief executive, Piet Coetzee, warned")
 * name the person holding it, though the given name is on no list; a place or a body there ("its chairman, Acme
 * Holdings,") is no one.
 */
final class RoleAppositions {
  /** "Piet", "Coetzee": a capitalised word of letters. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private RoleAppositions() {}

  /** Whether {@code m} is two or three plain capitalised words between "role ," and ",". */
  static boolean isPerson(AnnotatedText at, NameMention m) {
    List<String> w = m.words();
    if (w.size() < 2 || w.size() > 3) return false;
    for (String x : w) {
      if (!WORD.matcher(x).matches() || OrganizationWords.isHead(x) || Places.isPlace(x) || Titles.isTitleWord(x)) return false;
    }
    if (Places.isPlace(m.text())) return false;
    List<Token> toks = at.tokens();
    int f = m.firstToken();
    int e = m.endToken();
    return f >= 2 && e < toks.size() && toks.get(f - 1).is(",") && toks.get(e).is(",")
        && Titles.isTitleWord(toks.get(f - 2).text()) && !toks.get(f - 2).isCapitalised()
        && toks.get(f - 2).sentence() == toks.get(e).sentence();
  }
}
