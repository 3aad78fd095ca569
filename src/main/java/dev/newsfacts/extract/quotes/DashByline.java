package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.CharSpan;
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
    if (from >= to) return signOffParagraph(ctx, w);
    if (from + 1 >= to || !isDash(toks.get(from).text())) return null;
    int k = from + 1;
    int end = k;
    while (end < to && toks.get(end).isCapitalised() && SourceFinder.nounLike(toks.get(end))) end++;
    if (end == k) return null;
    return Proposal.after(rule(), new Attribution(Source.of(new TokenSpan(k, end)), null), from);
  }

  /**
   * A quote that ends its paragraph, signed in the next one: "“…”" then "- Bernie Sanders." or
   * "— Ana Ruiz, tweeting after the debate." The name must end at a stop, a comma or the paragraph's
   * end, so that a dashed list item ("- Sanders won Iowa.") signs nothing.
   */
  private Proposal signOffParagraph(QuoteContext ctx, QuoteWindow w) {
    int next = w.quote().marks.paragraph() + 1;
    if (next >= ctx.at.paragraphs().size()) return null;
    CharSpan para = ctx.at.paragraphs().get(next);
    List<Token> toks = ctx.toks;
    int k = ctx.at.tokenAtOrAfter(para.start());
    int to = ctx.at.tokenAtOrAfter(para.end());
    if (k + 1 >= to || !isDash(toks.get(k).text())) return null;
    int end = k + 1;
    while (end < to && (toks.get(end).isCapitalised() && SourceFinder.nounLike(toks.get(end)) || AbbreviationDot.at(toks, end))) end++;
    if (end == k + 1) return null;
    if (end < to && !toks.get(end).is(",") && !toks.get(end).is(".")) return null;
    return Proposal.after(rule(), new Attribution(Source.of(new TokenSpan(k + 1, end)), null), k);
  }

  private static boolean isDash(String t) {
    return t.equals("\u2015") || t.equals("\u2014") || t.equals("\u2013") || t.equals("-") || t.equals("--");
  }
}
