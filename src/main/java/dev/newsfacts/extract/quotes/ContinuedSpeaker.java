package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Resolution;

/**
 * A quote with nobody named continues the speaker of the attribution just before it (reported
 * or quoted) in its paragraph, or in the previous one when the quote opens its paragraph. A report
 * nested inside another's reported words leaves the outer one the speaker, unless it names a person.
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
      // "Carter said that for decades some critics had predicted ...": a report nested in another's
      // reported words is not who goes on speaking; the one reporting it is
      if (c.attributed() && (last == null || !nestedIn(c, last) || namesPerson(ctx, c))) last = c;
    }
  }

  private static boolean nestedIn(Candidate inner, Candidate outer) {
    return !outer.quoted() && inner.start >= outer.start && inner.end <= outer.end && inner != outer;
  }

  /** A he/she pronoun or a proper noun among the source's words: someone the writer may go on quoting. */
  private static boolean namesPerson(QuoteContext ctx, Candidate c) {
    TokenSpan w = c.source.words();
    for (int k = w.start(); k < w.end(); k++) {
      Token t = ctx.toks.get(k);
      char kind = Pronouns.subjectKind(t.text());
      if (kind == 'M' || kind == 'F' || t.isCapitalised() && "PROPN".equals(t.pos())) return true;
    }
    return false;
  }
}
