package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
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

  static QuotedSpan cutAtAttribution(AnnotatedText at, ClauseSources sources, QuotedSpan s) {
    List<Token> toks = at.tokens();
    int from = at.tokenAtOrAfter(s.start());
    int to = at.tokenAtOrAfter(s.end());
    for (int k = from + 1; k < to; k++) {
      if (!toks.get(k).is(",")) continue;
      for (int c = k + 1; c < Math.min(to, k + REACH); c++) {
        int len = sources.cues.cueAt(c, false);
        if (len == 0) continue;
        int[] src = sources.sourceOf(c, len, k + 1, to);
        boolean speakerInside = src != null && src[1] - src[0] == 1
            && (toks.get(src[0]).is("we") || toks.get(src[0]).is("I") || toks.get(src[0]).is("you"));
        if (src != null && src[0] >= k + 1 && !speakerInside) {
          return new QuotedSpan(s.start(), toks.get(k).end(), s.openMark(), -1, s.paragraph());
        }
        break;
      }
    }
    return s;
  }
}
