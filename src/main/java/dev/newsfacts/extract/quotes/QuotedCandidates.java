package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Every span in quotation marks is a candidate, direct or partial, except in captions and
 * teasers; a quote left open that does not run on into the next paragraph is cut where its
 * attribution begins.
 */
final class QuotedCandidates implements CandidateGenerator {
  @Override
  public List<Candidate> generate(QuoteContext ctx) {
    List<Candidate> out = new ArrayList<>();
    for (QuotedSpan scanned : ctx.scanned) {
      if (ctx.boilerplate.covers(scanned.openMark())) continue;
      QuotedSpan s = scanned;
      if (!s.closed() && !continuesInNextParagraph(ctx.at, s)) s = UnclosedQuote.cutAtAttribution(ctx, s);
      out.add(new Candidate(QuoteKindRule.kindOf(ctx.at.text(), s), s.start(), s.end(), s));
    }
    return out;
  }

  private static boolean continuesInNextParagraph(AnnotatedText at, QuotedSpan s) {
    if (s.paragraph() + 1 >= at.paragraphs().size()) return false;
    char c = at.text().charAt(at.paragraphs().get(s.paragraph() + 1).start());
    return c == '"' || c == '\u201c';
  }
}
