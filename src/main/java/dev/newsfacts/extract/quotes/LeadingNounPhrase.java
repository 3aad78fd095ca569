package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;

/**
 * The noun phrase a sentence opens with, after a leading conjunction or an introductory phrase
 * set off by a comma ("In an interview on Monday, the senator ...", "But Wheeler added"): in a
 * sentence that quotes words with no cue, whoever or whatever it names is their source
 * ("The board saw her as the "grandfather of the valley"", "A footnote in the report makes that
 * clear: "…"").
 */
final class LeadingNounPhrase {
  private static final int MAX_INTRO = 15;

  private LeadingNounPhrase() {}

  /** The opening noun phrase of {@code s}, ending before {@code limit} and outside quotation marks; null when none. */
  static TokenSpan of(QuoteContext ctx, Sentence s, int limit) {
    List<Token> toks = ctx.toks;
    int k = s.firstToken();
    while (k < limit && ("PUNCT".equals(toks.get(k).pos()) || "CCONJ".equals(toks.get(k).pos()))) k++;
    if (k >= limit) return null;
    String p = toks.get(k).pos();
    if ("ADP".equals(p) || "SCONJ".equals(p) || "ADV".equals(p) || "VERB".equals(p)) {
      int comma = k;
      while (comma < limit && comma - k < MAX_INTRO && !toks.get(comma).is(",")) comma++;
      if (comma >= limit || !toks.get(comma).is(",")) return null;
      k = comma + 1;
    }
    k = afterDateline(toks, k, limit);
    if (k >= limit || ctx.quoted[k]) return null;
    if (Pronouns.subjectKind(toks.get(k).text()) != 0) return new TokenSpan(k, k + 1);
    int e = k;
    boolean noun = false;
    while (e < limit && !ctx.quoted[e] && nounPhraseWord(toks, e)) {
      noun |= SourceFinder.nounLike(toks.get(e));
      e++;
    }
    return noun ? new TokenSpan(k, e) : null;
  }

  /** "NEW YORK — Republican candidate ...": the words after a dateline's dash. */
  private static int afterDateline(List<Token> toks, int k, int limit) {
    for (int d = k; d < Math.min(limit, k + 5); d++) {
      Token t = toks.get(d);
      if (t.is("\u2014") || t.is("\u2013") || t.is("-") || t.is("--")) return d > k ? d + 1 : k;
      if (CharClasses.anyLowerCase(t.text())) return k;
    }
    return k;
  }

  private static boolean nounPhraseWord(List<Token> toks, int i) {
    Token t = toks.get(i);
    String p = SourceFinder.mainTag(t);
    if (AbbreviationDot.at(toks, i)) return true;
    // "Former secretary of state Madeleine Albright", "GOP front-runner": words that join a noun phrase
    boolean joined = i + 1 < toks.size() && SourceFinder.nounLike(toks.get(i + 1));
    if (t.is("of") || t.is("-")) return joined;
    if ("DET".equals(p)) return !t.is("that") || i == 0;
    return "PROPN".equals(p) || "NOUN".equals(p) || "ADJ".equals(p) || "NUM".equals(p) || SourceFinder.nounLike(t)
        || t.is("his") || t.is("her") || t.is("their") || t.is("its");
  }
}
