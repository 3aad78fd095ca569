package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * A "person" that the words around it call a place: "near Myrtle Grove", "in northern Luzon", "Isabela province",
 * "in Hamilton on Friday" ({@link PlaceCues}), "Lake Tahoe" ({@link PlaceOpeners}), or a name ending with a place's
 * word that a surname may also be ("Park", "Grove") after "at", "in" or "the" ("at Eden Park", "the Sunshine Coast"). Never with a title, never
 * speaking and never owning something ("outside Smith's home" is his), except a name a natural place's word opens.
 */
final class CuedPlaceNames {
  private CuedPlaceNames() {}

  static boolean isPlace(AnnotatedText at, PersonEntry p, EntityLexicon lex) {
    List<String> words = p.source.nameWords();
    if (p.mentions.isEmpty() || words.size() > 4) return false;
    List<Token> toks = at.tokens();
    boolean cued = PlaceOpeners.opensPlace(words);
    // "The League to Save Lake Tahoe said", "Mount Kenya's slopes": a natural place's word opening a name no given
    // name opens makes it a place, whatever the words after one of its mentions do
    if (cued && p.source.gender() == 0 && untitled(p)) return true;
    for (PersonMention m : p.mentions) {
      int a = at.tokenAtOrAfter(m.start());
      int b = at.tokenAtOrAfter(m.end());
      if (a >= toks.size() || a >= b) return false;
      // "former Medellín mayor Andrés Ocampo": "former" is the office's, not the place's title
      if (m.titleStart() != m.start() && !(m.title().equals("former") && PlaceCues.officeAfter(toks, a, b))) return false;
      if (CapitalisedRuns.possessive(toks.get(b - 1)) || b < toks.size() && toks.get(b).text().startsWith("'")) return false;
      if (b < toks.size() && toks.get(b).sentence() == toks.get(a).sentence()
          && (toks.get(b).is("said") || toks.get(b).is("says") || toks.get(b).is("told"))) {
        return false;
      }
      if (!m.text().equals(p.name)) continue;
      // "from Carly Fiorina to Rubio": a given name leaves only the cues right at the name
      boolean aroundName = p.source.gender() == 0 ? PlaceCues.cued(toks, a, b, lex) : PlaceCues.closelyCued(toks, a, b);
      // "Sabah remained the largest producing state": a copula saying what kind of place it is, given name or not
      cued |= aroundName || PlacePredicates.follows(toks, a, b) || placeHeadAfterPreposition(toks, a, words, lex);
    }
    return cued;
  }

  private static boolean untitled(PersonEntry p) {
    for (PersonMention m : p.mentions) if (m.titleStart() != m.start()) return false;
    return true;
  }

  /** "at Eden Park", "in Lawrence Hill": a place's word ends the name and "at" or "in" comes before it. */
  private static boolean placeHeadAfterPreposition(List<Token> toks, int a, List<String> words, EntityLexicon lex) {
    if (words.size() < 2 || !lex.isPlaceHead(words.get(words.size() - 1)) || a == 0) return false;
    Token before = toks.get(a - 1);
    if (before.sentence() != toks.get(a).sentence()) return false;
    return before.is("at") || before.is("in") || before.is("the") && !nounAfter(toks, a + words.size());
  }

  /**
   * "the Michael Bay film": after "the", a noun right after the name says it qualifies a thing, as a person's name
   * may; "the Sunshine Coast" alone is a place.
   */
  private static boolean nounAfter(List<Token> toks, int b) {
    if (b >= toks.size() || toks.get(b).sentence() != toks.get(b - 1).sentence()) return false;
    String pos = toks.get(b).pos();
    return pos.startsWith("NOUN") || pos.startsWith("PROPN");
  }
}
