package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Benfica president Nuno Carvalho", "Deccan Biologicals managing director K Srinivasa Rao", "shares of Deccan
 * Biologicals": a "person" the article names before an office held by someone named next, or whose shares trade, is
 * the organisation that person works for. Only names with no given name first and no title of their own ("Clinton
 * spokesman Brian Fallon" keeps Hillary Clinton a person).
 */
final class OwnerBeforeRole {
  private OwnerBeforeRole() {}

  static boolean isOrganisation(AnnotatedText at, PersonEntry p, GivenNames given) {
    List<String> words = p.source.nameWords();
    if (words.isEmpty() || given.isKnown(words.get(0)) || p.source.gender() != 0) return false;
    for (PersonMention m : p.mentions) if (m.titleStart() != m.start() || m.text().split(" ").length < words.size()) return false;
    for (PersonMention m : p.mentions) if (cueAround(at, m.start(), m.end())) return true;
    return false;
  }

  /**
   * The same for a quoted speaker's name no person step found ("Deccan Biologicals said"): no given name first, and
   * one of its {@code spans} before an office and a name or after "shares of".
   */
  static boolean isOrganisationName(AnnotatedText at, String name, List<dev.newsfacts.model.TextSpan> spans,
      GivenNames given) {
    if (name.indexOf(' ') < 0 || given.isKnown(name.substring(0, name.indexOf(' ')))) return false;
    for (dev.newsfacts.model.TextSpan s : spans) if (cueAround(at, s.start(), s.end())) return true;
    return false;
  }

  /** Whether the name at {@code [start, end)} stands before an office and a name, or after "shares of". */
  private static boolean cueAround(AnnotatedText at, int start, int end) {
    List<Token> toks = at.tokens();
    int first = at.tokenAtOrAfter(start);
    int next = at.tokenAtOrAfter(end);
    if (next < toks.size() && toks.get(next).start() == end && toks.get(next).text().endsWith("s")
        && toks.get(next).text().length() <= 2) {
      next++;  // "Deutsche Bahn" + "'s"
    }
    return first < toks.size() && (officeThenName(toks, next, first) || sharesOf(toks, first));
  }

  /** Whether up to two lower-case words ending in an office ("president", "managing director"), then a name, follow. */
  private static boolean officeThenName(List<Token> toks, int k, int first) {
    for (int n = k; n < Math.min(toks.size() - 1, k + 2); n++) {
      Token t = toks.get(n);
      if (t.sentence() != toks.get(first).sentence() || t.text().isEmpty() || !Character.isLowerCase(t.text().charAt(0))) {
        return false;
      }
      if (Titles.isTitleWord(t.text())) {
        Token name = toks.get(n + 1);
        return name.sentence() == t.sentence() && name.isCapitalised() && "PROPN".equals(name.pos());
      }
    }
    return false;
  }

  /** "shares of Deccan Biologicals", "Shares in Kestrel". */
  private static boolean sharesOf(List<Token> toks, int first) {
    if (first < 2) return false;
    Token prep = toks.get(first - 1);
    Token noun = toks.get(first - 2);
    return (prep.is("of") || prep.is("in")) && noun.is("shares") && noun.sentence() == toks.get(first).sentence();
  }
}
