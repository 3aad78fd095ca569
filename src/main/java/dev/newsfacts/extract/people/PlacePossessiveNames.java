package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Ethiopia's Tesfaye Gebremariam finished second", "beat Kenya's Eliud Kipchoge": sports and world news name a
 * competitor or a leader by the country's possessive and the full name, so two or three plain capitalised words right
 * after a listed place's "'s", where no noun follows them, name a person though the given
 * name is on no list. A body ("Ghana's Cocoa Board") has a head word and is left alone.
 */
final class PlacePossessiveNames {
  private PlacePossessiveNames() {}

  static boolean isPerson(AnnotatedText at, NameMention m) {
    List<String> w = m.words();
    if (w.size() < 2 || w.size() > 3 || !m.title().isEmpty()) return false;
    for (String x : w) if (!OccupationBeforeName.plainNameWord(x)) return false;
    if (Places.isPlace(m.text())) return false;
    List<Token> toks = at.tokens();
    int f = m.firstToken();
    int e = m.endToken();
    if (f == 0 || e >= toks.size() || toks.get(f - 1).sentence() != toks.get(f).sentence()
        || toks.get(e).sentence() != toks.get(f).sentence()) {
      return false;
    }
    String owner = placeOf(toks.get(f - 1).text());
    if (owner == null || !Places.isPlace(owner)) return false;
    // "Kenya's Rift Valley region": a noun after the words makes them a modifier, not a name
    Token next = toks.get(e);
    String pos = next.pos();
    // "calling him “New Jersey's Biggest Loser,”": words in quotation marks are an epithet
    if (quoteMark(next) || e + 1 < toks.size() && quoteMark(toks.get(e + 1))) return false;
    return !next.isCapitalised() && !pos.startsWith("NOUN") && !pos.startsWith("PROPN") && !pos.startsWith("ADJ")
        && !pos.startsWith("NUM");
  }

  private static boolean quoteMark(Token t) {
    return t.is("\"") || t.is("”") || t.is("“") || t.is("'") || t.is("’");
  }

  /** "Kenya's" → "Kenya", "Kenya’s" → "Kenya"; null when the word is no possessive. */
  private static String placeOf(String word) {
    if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) return word.substring(0, word.length() - 2);
    return null;
  }
}
