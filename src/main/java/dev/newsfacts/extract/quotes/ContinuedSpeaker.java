package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.model.Resolution;

/**
 * A quote with nobody named continues the speaker of the attribution just before it (reported
 * or quoted) in its paragraph, or in the previous one when the quote opens its paragraph.
 */
final class ContinuedSpeaker implements Sieve {
  @Override
  public String name() {
    return "continued-speaker";
  }

  @Override
  public void apply(QuoteContext ctx) {
    Candidate last = null;
    for (Candidate c : ctx.candidates()) {
      if (!c.attributed() && c.quoted()) {
        CharSpan para = ctx.at.paragraphs().get(c.marks.paragraph());
        int lastPara = last == null ? -2 : ctx.at.paragraphAt(last.start);
        boolean opens = c.marks.openMark() == para.start();
        if (last != null && (opens && lastPara >= c.marks.paragraph() - 1 || lastPara == c.marks.paragraph())) {
          c.inherit(last, Resolution.NEARBY, 0.6, name());
        }
      }
      if (c.attributed()) last = c;
    }
  }
}
