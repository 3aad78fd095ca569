package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * "Natural Resources Wales (NRW) said", "Tompkins Consolidated Area Transit (TCAT)": a name of three or more words
 * that no given name opens, followed by an acronym of its initials in brackets, is a body's; people are not given
 * acronyms. Also such a name no other step found: the acronym vouches for it.
 */
final class NamesWithTheirAcronyms {
  /** Words a name needs at least: "Smith Jones (SJ)" is too short to tell. */
  private static final int MIN_WORDS = 3;

  /** Tokens read back from the bracket at most. */
  private static final int MAX_TOKENS = 10;

  private NamesWithTheirAcronyms() {}

  /**
   * Organisation mentions for names before "(ACRONYM)" whose capitalised words' initials spell it, all of whose
   * tokens are free ({@code claimed} marks tokens inside a mention or a person's name), unless the name is a thing's
   * ({@link ThingAcronyms}).
   */
  static List<Mention> find(AnnotatedText at, boolean[] claimed, EntityLexicon lex) {
    List<Token> toks = at.tokens();
    List<Mention> out = new ArrayList<>();
    for (int i = 1; i + 2 < toks.size(); i++) {
      if (!toks.get(i).is("(") || !toks.get(i + 2).is(")") || !CapitalisedRuns.isAcronym(toks.get(i + 1).text())) continue;
      String acronym = toks.get(i + 1).text();
      // "the Air Quality Index (AQI)", "the Housing Assistance Payment (HAP)": a measure's or a scheme's name
      if (ThingAcronyms.namesThing(toks, i, acronym, lex)) continue;
      int start = runStart(toks, i, claimed, acronym.length());
      if (start < 0) continue;
      String name = at.text().substring(toks.get(start).start(), toks.get(i - 1).end());
      if (BracketedAcronyms.initials(name).equals(acronym) && name.split(" ").length >= MIN_WORDS) {
        out.add(new Mention(toks.get(start).start(), toks.get(i - 1).end(), name, EntityType.ORGANIZATION, name));
      }
    }
    return out;
  }

  /**
   * The first token of the free run of capitalised words and little words ending right before {@code open} that holds
   * {@code letters} capitalised words, or -1.
   */
  private static int runStart(List<Token> toks, int open, boolean[] claimed, int letters) {
    int capitals = 0;
    int sentence = toks.get(open).sentence();
    for (int k = open - 1; k >= 0 && open - k <= MAX_TOKENS; k--) {
      Token t = toks.get(k);
      if (claimed[k] || t.sentence() != sentence) return -1;
      if (t.isCapitalised()) {
        if (++capitals == letters) return k;
      } else if (!ThingAcronyms.SKIPPED.contains(t.text()) || k == open - 1) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the person step's "person" is such a body. */
  static boolean isOrganisation(String text, PersonEntry p) {
    if (p.source.gender() != 0 || p.name.split(" ").length < MIN_WORDS) return false;
    for (PersonMention m : p.mentions) if (m.text().equals(p.name) && spelledAfter(text, p.name, m.end())) return true;
    return false;
  }

  /** Whether a speaker's name, found at {@code spans}, is such a body ("Harbour Valley Transit (HVT) said"). */
  static boolean isOrganisation(String text, String name, List<TextSpan> spans, GivenNames given) {
    int space = name.indexOf(' ');
    if (space < 0 || given.isKnown(name.substring(0, space)) || name.split(" ").length < MIN_WORDS) return false;
    for (TextSpan s : spans) if (spelledAfter(text, name, s.end())) return true;
    return false;
  }

  /** Whether "(INITIALS)" of {@code name} follows offset {@code end}, after at most one space. */
  private static boolean spelledAfter(String text, String name, int end) {
    int open = end;
    if (open < text.length() && text.charAt(open) == ' ') open++;
    if (open >= text.length() || text.charAt(open) != '(') return false;
    int close = text.indexOf(')', open);
    return close > open + 2 && text.substring(open + 1, close).equals(BracketedAcronyms.initials(name));
  }
}
