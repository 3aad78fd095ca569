package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** "More from Jones: “…”" / "Donald Trump: “…”": a name and a colon right before the quote. */
final class NameColon implements AttributionFinder {
  private static final Set<String> SOURCE_PREPOSITIONS =
      WordList.set("/dev/newsfacts/lexicon/en/colon-source-prepositions.txt");

  @Override
  public String rule() {
    return "name-colon";
  }

  @Override
  public Proposal find(QuoteContext ctx, QuoteWindow w) {
    List<Token> toks = ctx.toks;
    int from = w.beforeFrom();
    int colon = w.beforeTo() - 1;
    if (colon - 1 < from || !toks.get(colon).is(":")) return null;
    Token head = toks.get(colon - 1);
    if (!head.isCapitalised() || !SourceFinder.nounLike(head)) return null;
    int k = colon - 1;
    while (k - 1 >= from && toks.get(k - 1).isCapitalised() && SourceFinder.nounLike(toks.get(k - 1))) k--;
    // "Priebus told Fox News: "...": the name is the object of a verb, not the speaker
    // a dash ends the label before the name ("Pollsters agree - Ana Ruiz: "..."")
    for (int v = k - 1; v >= from && v >= k - 4 && !dash(toks.get(v)); v--) {
      String p = toks.get(v).pos();
      if ("VERB".equals(p) || "AUX".equals(p) || ctx.sources.cues.cueAt(v, false) > 0) return null;
    }
    // "a blunt message to Trump: "..."", "with Clinton: "..."": the name is the object of a
    // preposition, so the sentence's subject (found by a later sieve) is the speaker; a dash or
    // comma ends that phrase ("... for Republican contests - Philip Bump: "..."")
    for (int v = k - 1; v >= from && v >= k - 4 && !"PUNCT".equals(toks.get(v).pos()); v--) {
      if (objectOfPreposition(toks.get(v))) return null;
    }
    // "ISLAMABAD: “We will not ...”": the paragraph's dateline, not who speaks
    if (ctx.colonDateline(k, colon)) return null;
    return Proposal.before(rule(), new Attribution(Source.of(new TokenSpan(k, colon)), null), w.beforeTo());
  }

  private static boolean dash(Token t) {
    return t.is("-") || t.is("\u2013") || t.is("\u2014") || t.is("--");
  }

  private static boolean objectOfPreposition(Token t) {
    return "ADP".equals(t.pos()) && !t.isCapitalised()
        && !SOURCE_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT));
  }
}
