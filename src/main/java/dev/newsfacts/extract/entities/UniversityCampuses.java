package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "the University of California, Davis", "University of Maryland, Baltimore County": a state university's campus,
 * named after a comma, is part of the university's name; the campus's town is neither a person nor a place of its
 * own there. A country's university is another matter: "University of Nigeria, Nsukka" names the town it stands in.
 */
final class UniversityCampuses {
  /** Words a campus's name may have at most ("Baltimore County"). */
  private static final int MAX_WORDS = 2;

  private UniversityCampuses() {}

  /**
   * Where the name "University of" and a listed place ({@code a}..{@code end}) ends with its campus: after the comma
   * and the one or two capitalised words that a comma, a bracket or the sentence's end closes; else {@code end}.
   */
  static int campusEnd(List<Token> toks, int a, int end, EntityLexicon lex) {
    if (end - a < 3 || !toks.get(a).text().equals("University") || !toks.get(a + 1).is("of")) return end;
    // a state's university system names its campuses so; after a country's ("University of Nigeria, Nsukka") the town
    // is where the university stands
    String state = joined(toks, a + 2, end);
    if (lex.place(state) == null || lex.isCountry(state)) return end;
    if (end + 1 >= toks.size() || !toks.get(end).is(",") || toks.get(end).sentence() != toks.get(a).sentence()) return end;
    int k = end + 1;
    while (k < toks.size() && k - end - 1 < MAX_WORDS && toks.get(k).sentence() == toks.get(a).sentence()
        && toks.get(k).isCapitalised() && Character.isLowerCase(toks.get(k).text().charAt(toks.get(k).text().length() - 1))) {
      k++;
    }
    if (k == end + 1) return end;
    if (k < toks.size() && toks.get(k).sentence() == toks.get(a).sentence()) {
      String next = toks.get(k).text();
      if (!(next.equals(",") || next.equals("(") || next.equals(")") || next.equals(";") || next.equals("."))) return end;
    }
    return k;
  }

  /** Whether every mention of {@code p} is the campus of such a name ("Davis" of "University of California, Davis"). */
  static boolean isCampus(AnnotatedText at, PersonEntry p, EntityLexicon lex) {
    if (p.mentions.isEmpty()) return false;
    List<Token> toks = at.tokens();
    for (PersonMention m : p.mentions) {
      int i = at.tokenAtOrAfter(m.titleStart());
      boolean campus = false;
      // the university's name before the comma: "University of" and one or two words
      for (int a = i - 5; a <= i - 4 && !campus; a++) {
        if (a >= 0 && toks.get(i - 1).is(",")) campus = campusEnd(toks, a, i - 1, lex) > i - 1;
      }
      if (!campus) return false;
    }
    return true;
  }

  private static String joined(List<Token> toks, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int k = a; k < b; k++) s.append(k > a ? " " : "").append(toks.get(k).text());
    return s.toString();
  }
}
