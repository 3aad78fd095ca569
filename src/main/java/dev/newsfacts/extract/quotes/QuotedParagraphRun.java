package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.CharSpan;

/**
 * 'Ward stated:  "The department …  "The latest example …  "The solution …': a quotation that runs
 * on over paragraphs opens each of them with a quotation mark and attributes none of them anew. The
 * first paragraph of such a run is the one the sentence before it introduces.
 */
final class QuotedParagraphRun {
  /** How many paragraphs back a run is followed; long transcripts are not guessed at. */
  private static final int MAX_PARAGRAPHS = 6;

  private QuotedParagraphRun() {}

  /** The first paragraph of the run of quoted paragraphs that ends with paragraph {@code p} ({@code p} itself when none). */
  static int first(QuoteContext ctx, int p) {
    int first = p;
    while (first > 0 && p - first < MAX_PARAGRAPHS && continues(ctx, first - 1)) first--;
    return first;
  }

  /** Whether paragraph {@code k} opens with a quotation mark and none of its quotes has an attribution of its own. */
  private static boolean continues(QuoteContext ctx, int k) {
    CharSpan para = ctx.at.paragraphs().get(k);
    String text = ctx.at.text();
    if (para.start() >= text.length() || !isOpeningMark(text.charAt(para.start()))) return false;
    for (Candidate c : ctx.candidates()) {
      if (c.start >= para.end()) break;
      if (c.end > para.start() && c.attributed()) return false;
    }
    // a paragraph that itself ends in a colon introduces what follows
    int last = ctx.at.tokenAtOrAfter(para.end()) - 1;
    return last < 0 || !ctx.toks.get(last).is(":");
  }

  private static boolean isOpeningMark(char ch) {
    return ch == '"' || ch == '\u201c';
  }
}
