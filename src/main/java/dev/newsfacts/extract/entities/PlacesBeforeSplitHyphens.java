package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.List;

/**
 * "Nairobi-based", "Missouri-based": the tokenizer may keep the hyphen on the place ("Nairobi-") and the word after
 * it apart ("based"); the place before the hyphen is a mention all the same.
 */
final class PlacesBeforeSplitHyphens {
  private PlacesBeforeSplitHyphens() {}

  /** The place of token {@code i} when it is a listed place with a hyphen glued to a lower-case word, or null. */
  static Mention at(List<Token> toks, int i, EntityLexicon lex) {
    Token t = toks.get(i);
    String w = t.text();
    if (w.length() < 3 || !w.endsWith("-") || !Character.isUpperCase(w.charAt(0)) || i + 1 >= toks.size()) return null;
    Token next = toks.get(i + 1);
    if (next.start() != t.end() || next.text().isEmpty() || !Character.isLowerCase(next.text().charAt(0))) return null;
    String head = w.substring(0, w.length() - 1);
    String place = lex.place(head);
    return place == null ? null : new Mention(t.start(), t.start() + head.length(), head, EntityType.LOCATION, place);
  }
}
