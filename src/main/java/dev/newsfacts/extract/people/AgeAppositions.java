package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Tendai Moyo, 34, a vendor", "Aroha Ngata (27) was", "Tshepo Mabuza, a 24-year-old student": news gives a
 * person's age right after the name, set off by commas or in brackets, so two to four plain capitalised words followed
 * by an age name a person though the given name is on no list. Only ages a person has (1 to 119); a name after a
 * street's preposition ("on Harbour Road, 12,") is left alone.
 */
final class AgeAppositions {
  private AgeAppositions() {}

  static boolean isPerson(AnnotatedText at, NameMention m) {
    List<String> w = m.words();
    if (w.size() < 2 || w.size() > 4 || !m.title().isEmpty()) return false;
    for (String x : w) if (!OccupationBeforeName.plainNameWord(x)) return false;
    if (Places.isPlace(m.text())) return false;
    List<Token> toks = at.tokens();
    int f = m.firstToken();
    int e = m.endToken();
    if (e + 2 >= toks.size() || toks.get(e + 2).sentence() != toks.get(f).sentence()) return false;
    if (f > 0 && toks.get(f - 1).sentence() == toks.get(f).sentence() && addressPreposition(toks.get(f - 1))) return false;
    Token open = toks.get(e);
    Token close = toks.get(e + 2);
    boolean commas = open.is(",") && close.is(",");
    boolean brackets = open.is("(") && close.is(")");
    return (commas || brackets) && age(toks.get(e + 1).text()) || open.is(",") && yearsOld(toks, e + 1, toks.get(f).sentence());
  }

  /** "on", "at", "in": a street's number may follow a name after them ("on Harbour Road, 12,"). */
  private static boolean addressPreposition(Token t) {
    return t.is("on") || t.is("at") || t.is("in");
  }

  /** "a 24-year-old student", split by the tokenizer or not: "a"/"an", the age, "-year-old". */
  private static boolean yearsOld(List<Token> toks, int k, int sentence) {
    if (k + 1 >= toks.size() || !(toks.get(k).is("a") || toks.get(k).is("an"))) return false;
    StringBuilder glued = new StringBuilder();
    for (int n = k + 1; n < toks.size() && n <= k + 6 && toks.get(n).sentence() == sentence; n++) {
      if (n > k + 1 && toks.get(n).start() != toks.get(n - 1).end()) break;
      glued.append(toks.get(n).text());
    }
    String w = glued.toString();
    int dash = w.indexOf("-year-old");
    return dash > 0 && age(w.substring(0, dash));
  }

  private static boolean age(String s) {
    if (s.isEmpty() || s.length() > 3) return false;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    int n = Integer.parseInt(s);
    return n >= 1 && n <= 119 && s.charAt(0) != '0';
  }
}
