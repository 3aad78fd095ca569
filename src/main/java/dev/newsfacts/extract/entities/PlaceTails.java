package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A "person" that is a listed place read in part: "Hampshire" of "New Hampshire" (a quote's source named "a New
 * Hampshire paper" makes the last word a name), "Britain" of a headline's "Urges Britain". When every mention of such
 * a "person" is the end of a listed place, or the person has no title and no given name and every mention ends with
 * the same country, each mention is that place.
 */
final class PlaceTails {
  private PlaceTails() {}

  /** The place mentions standing for every mention of {@code p}, or null when {@code p} may be a person. */
  static List<Mention> asPlaces(AnnotatedText at, PersonEntry p, EntityLexicon lex, GivenNames given) {
    if (p.mentions.isEmpty()) return null;
    List<Mention> out = new ArrayList<>();
    for (PersonMention m : p.mentions) {
      // "Mr. Britain", "Gov. Jersey": a title says a person
      if (m.titleStart() != m.start()) return null;
      Mention place = widened(at, m, lex);
      if (place == null) place = lastWordPlace(at.text(), p, m, lex, given);
      if (place == null) return null;
      out.add(place);
    }
    return out;
  }

  /** "New Hampshire" for the mention "Hampshire": one or two capitalised words before it that make a listed place. */
  private static Mention widened(AnnotatedText at, PersonMention m, EntityLexicon lex) {
    List<Token> toks = at.tokens();
    int first = at.tokenAtOrAfter(m.start());
    if (first >= toks.size() || toks.get(first).start() != m.start()) return null;
    for (int back = 1; back <= 2 && first - back >= 0; back++) {
      Token t = toks.get(first - back);
      Token next = toks.get(first - back + 1);
      if (t.sentence() != toks.get(first).sentence() || !t.isCapitalised() || next.start() - t.end() != 1
          || at.text().charAt(t.end()) != ' ') {
        return null;
      }
      String whole = at.text().substring(t.start(), m.end());
      String p = lex.place(whole);
      if (p != null) return new Mention(t.start(), m.end(), whole, EntityType.LOCATION, p);
    }
    return null;
  }

  /**
   * "Britain" of "Urges Britain": the name's last word is a country and no word before it is a given name (a town's
   * name, "Dawson", is also a surname).
   */
  private static Mention lastWordPlace(String text, PersonEntry p, PersonMention m, EntityLexicon lex, GivenNames given) {
    List<String> words = p.source.nameWords();
    if (words.size() < 2 || p.source.gender() != 0) return null;
    String last = words.get(words.size() - 1);
    String place = lex.place(last);
    if (place == null || !lex.isCountry(last)) return null;
    for (String w : words.subList(0, words.size() - 1)) if (given.isKnown(w)) return null;
    if (!m.text().equals(last) && !m.text().endsWith(" " + last)) return null;
    int start = m.end() - last.length();
    return new Mention(start, m.end(), text.substring(start, m.end()), EntityType.LOCATION, place);
  }
}
