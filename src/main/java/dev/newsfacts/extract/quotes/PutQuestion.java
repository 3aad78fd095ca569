package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Words quoted as a question put to someone are not that person's: "Blumenthal was asked, "Would
 * you have told her?"", "Asked whether Clinton "has the integrity to serve," 75 percent said yes",
 * "Pence was asked about the "not there yet" remark". Whoever asked is not named, so the quote keeps
 * no speaker; an asker named by "by" ("was asked by host Bill Maher") is left to the other sieves.
 */
final class PutQuestion implements Sieve {
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being");
  /** How many words may stand between "asked" and the quotation it puts. */
  private static final int MAX_GAP = 12;

  @Override
  public String name() {
    return "put-question";
  }

  @Override
  public void apply(QuoteContext ctx) {
    for (Candidate q : ctx.marked()) {
      if (!q.attributed() && at(ctx, q)) q.leaveUnattributed(name());
    }
  }

  /** True when the quotation opens inside a passive "was asked ..." or a fronted "Asked ..." clause. */
  static boolean at(QuoteContext ctx, Candidate q) {
    List<Token> toks = ctx.toks;
    int k = ctx.at.tokenAtOrAfter(q.marks.openMark()) - 1;
    if (k < 0) return false;
    int sentence = toks.get(k + 1 < toks.size() ? k + 1 : k).sentence();
    // "was asked, "…"", "was asked: "…"": one comma or colon may close the question's lead-in
    if (toks.get(k).is(",") || toks.get(k).is(":")) k--;
    for (int gap = 0; k >= 0 && gap <= MAX_GAP; k--, gap++) {
      Token t = toks.get(k);
      if (t.sentence() != sentence || ctx.quoted[k] || "PUNCT".equals(t.pos()) || t.is("by")) return false;
      if (t.is("asked")) return isPassive(toks, k) || isFronted(toks, k);
    }
    return false;
  }

  private static boolean isPassive(List<Token> toks, int asked) {
    int k = asked - 1;
    // "was also asked", "were never asked"
    if (k >= 0 && "ADV".equals(toks.get(k).pos())) k--;
    return k >= 0 && PASSIVE.contains(toks.get(k).text().toLowerCase(java.util.Locale.ROOT));
  }

  /** "Asked whether …": the participle opens its sentence. */
  private static boolean isFronted(List<Token> toks, int asked) {
    return toks.get(asked).isCapitalised() && (asked == 0 || toks.get(asked - 1).sentence() != toks.get(asked).sentence());
  }
}
