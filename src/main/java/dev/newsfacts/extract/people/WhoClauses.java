package dev.newsfacts.extract.people;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names without a title that a relative clause with "who" follows ("Suu Kyi, who had breakfast with …"): English keeps "who" for people
 * ("which" for bodies and things), so such a name is a person's even with no given name or title the lists know.
 */
final class WhoClauses {
  private WhoClauses() {}

  static Set<String> namesBeforeWho(AnnotatedText at, List<NameMention> runs) {
    List<Token> toks = at.tokens();
    Set<String> out = new HashSet<>();
    for (NameMention m : runs) {
      int comma = m.endToken();
      if (comma + 1 >= toks.size() || !toks.get(comma).is(",") || toks.get(comma).start() != m.end()) continue;
      if (!m.title().isEmpty() || m.titleStart() != m.start() || placeOrBodyBefore(toks, m.firstToken())) continue;
      boolean proper = true;
      for (int k = m.firstToken(); k < m.endToken(); k++) proper &= "PROPN".equals(toks.get(k).pos());
      Token who = toks.get(comma + 1);
      if (proper && who.sentence() == toks.get(comma).sentence() && who.is("who")) out.add(m.text());
    }
    return out;
  }

  /** "of South Carolina, who", "members of the Coalition, who", "Hilton Head, South Carolina, who": the name is where the person is from, or a body. */
  private static boolean placeOrBodyBefore(List<Token> toks, int first) {
    if (first == 0) return false;
    Token b = toks.get(first - 1);
    // "the Republican Jewish Coalition, who": capitalised words before the run make it part of a longer name
    return b.isCapitalised() && b.sentence() == toks.get(first).sentence() || b.is("the") || b.is("of") || b.is("in") || b.is("from") || b.is("at") || b.is("to");
  }
}
