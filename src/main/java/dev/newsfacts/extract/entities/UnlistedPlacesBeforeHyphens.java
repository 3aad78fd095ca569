package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * "a Leicester-based contractor", "Kerrobert-area farmers": "based" or "area" after a hyphen says the name before it
 * is a place, also one no list knows. Only a word in ordinary case (no acronym such as "NASA-based"), that no list
 * names as a body or a people; a listed place is left to the lists.
 */
final class UnlistedPlacesBeforeHyphens {
  private static final Set<String> COMPOUNDS = WordList.set("/dev/newsfacts/entities/place-compound-words.txt");

  private UnlistedPlacesBeforeHyphens() {}

  /**
   * The place of token {@code i} when a hyphen and a place's compound word follow it in {@code text}, whichever way the
   * tokenizer cut them ("Leicester-based", "Leicester" "-" "based", "Leicester" "-area"), or null.
   */
  static Mention at(String text, List<Token> toks, int i, EntityLexicon lex) {
    Token t = toks.get(i);
    String w = t.text();
    int dash = w.indexOf('-');
    String head = dash < 0 ? w : w.substring(0, dash);
    int end = t.start() + head.length();
    if (head.length() < 3 || end + 1 >= text.length() || text.charAt(end) != '-') return null;
    int k = end + 1;
    while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
    String after = text.substring(end + 1, k);
    if (!COMPOUNDS.contains(after) || !Character.isUpperCase(head.charAt(0)) || !CharClasses.allLowerCase(head, 1)
        || lex.organization(head) != null || lex.demonym(head) != null || lex.isOrgHead(head)
        || lex.place(head) != null) {
      return null;
    }
    return new Mention(t.start(), end, head, EntityType.LOCATION, head);
  }
}
