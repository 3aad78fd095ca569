package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/** "Adler was quoted as saying (that) ...": one cue of three words, whose source is the subject before "was". */
final class QuotedAsSaying {
  static final int LENGTH = 3;

  private QuotedAsSaying() {}

  static boolean at(List<Token> toks, int i) {
    return i + 2 < toks.size() && toks.get(i).is("quoted") && toks.get(i + 1).is("as") && toks.get(i + 2).is("saying");
  }
}
