package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "George H.W. Bush", "said J.M. Berger": two or three dotted initials right before a capitalised word are part of a
 * person's name, even where the sentence splitter ended a sentence at their last dot; no body's name. A title or an
 * organisation's head word after them ("the F.A. Cup" aside) leaves them to the other rules.
 */
final class InitialsBeforeNames {
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,2}\\p{Lu}\\.?");

  private InitialsBeforeNames() {}

  /** Whether the token at {@code i} is dotted initials that open or sit inside a person's name. */
  static boolean inName(List<Token> toks, int i, EntityLexicon lex) {
    Token t = toks.get(i);
    if (!INITIALS.matcher(t.text()).matches()) return false;
    int end = t.end();
    int next = i + 1;
    // "H.W" and its last dot as two tokens
    if (next < toks.size() && toks.get(next).is(".") && toks.get(next).start() == end && !t.text().endsWith(".")) {
      end = toks.get(next).end();
      next++;
    }
    if (!t.text().endsWith(".") && end == t.end() || next >= toks.size()) return false;
    Token name = toks.get(next);
    String w = name.text();
    return name.start() - end == 1 && w.length() >= 2 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-') && !CharClasses.allUpperCase(w)
        && !Titles.isTitleWord(w) && !lex.isOrgHead(w) && lex.place(w) == null;
  }
}
