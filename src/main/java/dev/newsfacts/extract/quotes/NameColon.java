package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/** "More from Jones: “…”" / "Donald Trump: “…”": a name and a colon right before the quote. */
final class NameColon implements AttributionFinder {
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
    for (int v = k - 1; v >= from && v >= k - 4; v--) {
      String p = toks.get(v).pos();
      if ("VERB".equals(p) || "AUX".equals(p) || ctx.sources.cues.cueAt(v, false) > 0) return null;
    }
    // "ISLAMABAD: “We will not ...”": the paragraph's dateline, not who speaks
    if (ctx.colonDateline(k, colon)) return null;
    return Proposal.before(rule(), new Attribution(Source.of(new TokenSpan(k, colon)), null), w.beforeTo());
  }
}
