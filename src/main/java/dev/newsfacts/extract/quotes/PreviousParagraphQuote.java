package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.model.Resolution;
import java.util.List;

/**
 * A paragraph that opens with a quote and names nobody continues the speaker of the quote just
 * before, in the previous paragraph (news copy names a speaker once).
 */
final class PreviousParagraphQuote implements Sieve {
  /** The rule name of a quote that the person closing the paragraph before introduces. */
  static final String CLOSING_SUBJECT = "closing-sentence-subject";

  @Override
  public String name() {
    return "previous-paragraph";
  }

  @Override
  public void apply(QuoteContext ctx) {
    List<Candidate> quotes = ctx.marked();
    for (int i = 1; i < quotes.size(); i++) {
      Candidate q = quotes.get(i);
      if (q.attributed()) continue;
      Candidate prev = quotes.get(i - 1);
      CharSpan para = ctx.at.paragraphs().get(q.marks.paragraph());
      boolean opensParagraph = q.marks.openMark() == para.start();
      boolean adjacent = prev.marks.paragraph() == q.marks.paragraph() - 1;
      if (!opensParagraph || !adjacent || !prev.attributed()) continue;
      TokenSpan closing = ClosingSentenceSubject.of(ctx, prev);
      if (closing != null) {
        q.attribute(new Attribution(Source.of(closing), null), Resolution.NEARBY, 0.65, CLOSING_SUBJECT);
      } else {
        q.inherit(prev, Resolution.NEARBY, 0.7, name());
      }
    }
  }
}
