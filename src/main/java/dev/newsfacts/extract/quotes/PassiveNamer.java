package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Resolution;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words a passive naming gives to someone after "by" are theirs: "the movement has been called "strategic
 * ambiguity" by Joshua Hendrick", "often labeled as a "witch hunt" by Democrats". Runs before the cue
 * sieves, which would otherwise give the quote to the sentence's subject, the one named, not the namer.
 */
final class PassiveNamer implements Sieve {
  private static final Set<String> PARTICIPLES = WordList.set("/dev/newsfacts/lexicon/en/agent-naming-participles.txt");

  @Override
  public String name() {
    return "passive-namer";
  }

  @Override
  public void apply(QuoteContext ctx) {
    for (Candidate c : ctx.marked()) {
      if (c.attributed() || !c.marks.closed()) continue;
      TokenSpan namer = namerOf(ctx, c);
      if (namer != null) c.attribute(new Attribution(Source.of(namer), null), Resolution.EXPLICIT, 0.7, name());
    }
  }

  /** The noun phrase after "by" that follows the closing mark, when a naming participle stands before the quote. */
  static TokenSpan namerOf(QuoteContext ctx, Candidate c) {
    List<Token> toks = ctx.toks;
    int open = ctx.at.tokenAtOrAfter(c.marks.openMark());
    int k = open - 1;
    // "labeled as a "witch hunt"": an article and "as" may stand between the participle and the mark
    while (k >= 0 && (toks.get(k).is("a") || toks.get(k).is("an") || toks.get(k).is("the") || toks.get(k).is("as"))) k--;
    if (k < 0 || !PARTICIPLES.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) return null;
    int by = ctx.at.tokenAtOrAfter(c.marks.after());
    if (by < toks.size() && toks.get(by).is(",")) by++;
    if (by >= toks.size() || !toks.get(by).is("by") || toks.get(by).paragraph() != c.marks.paragraph()) return null;
    int end = by + 1;
    boolean noun = false;
    while (end < toks.size() && !ctx.quoted[end]) {
      String tag = SourceFinder.mainTag(toks.get(end));
      boolean head = "PROPN".equals(tag) || "NOUN".equals(tag);
      if (!head && !"DET".equals(tag) && !"ADJ".equals(tag) && !"NUM".equals(tag)) break;
      noun |= head;
      end++;
    }
    return noun ? new TokenSpan(by + 1, end) : null;
  }
}
