package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * A quote whose closing mark was forgotten ("We called in March, and nobody came, said Walter
 * Pruitt, a retired welder ...") runs to the end of its paragraph. When an attribution follows
 * a comma inside it, the quote ends at that comma and the attribution names its speaker.
 */
final class UnclosedQuote {
  private static final int REACH = 8;

  private UnclosedQuote() {}

  static QuotedSpan cutAtAttribution(QuoteContext ctx, QuotedSpan s) {
    List<Token> toks = ctx.toks;
    int from = ctx.at.tokenAtOrAfter(s.start());
    int to = ctx.at.tokenAtOrAfter(s.end());
    for (int k = from + 1; k < to; k++) {
      if (!toks.get(k).is(",")) continue;
      for (int c = k + 1; c < Math.min(to, k + REACH); c++) {
        int len = ctx.sources.cues.cueAt(c, false);
        if (len == 0) continue;
        Source src = ctx.sources.sourceOf(c, len, k + 1, to);
        TokenSpan w = src == null ? null : src.words();
        boolean speakerInside = w != null && w.length() == 1
            && (toks.get(w.start()).is("we") || toks.get(w.start()).is("I") || toks.get(w.start()).is("you"));
        if (w != null && w.start() >= k + 1 && !speakerInside) {
          return new QuotedSpan(s.start(), toks.get(k).end(), s.openMark(), -1, s.paragraph());
        }
        break;
      }
    }
    return s;
  }
}
