package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/** "“…” ― Carla Sanchez" / "“…” — Jane Doe, 34, Miami": a quote signed with a dash and a name. */
final class DashByline implements AttributionFinder {
  @Override
  public String rule() {
    return "dash-byline";
  }

  @Override
  public Proposal find(QuoteContext ctx, QuoteWindow w) {
    List<Token> toks = ctx.toks;
    int from = w.afterFrom();
    int to = w.afterTo();
    if (from + 1 >= to || !isDash(toks.get(from).text())) return null;
    int k = from + 1;
    int end = k;
    while (end < to && toks.get(end).isCapitalised() && SourceFinder.nounLike(toks.get(end))) end++;
    if (end == k) return null;
    return Proposal.after(rule(), new Attribution(Source.of(new TokenSpan(k, end)), null), from);
  }

  private static boolean isDash(String t) {
    return t.equals("\u2015") || t.equals("\u2014") || t.equals("\u2013") || t.equals("-") || t.equals("--");
  }
}
