package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.model.Resolution;

/**
 * A quote that opens its paragraph right after a paragraph ending in a colon ("Cruz continued:",
 * "As the agency's report notes:", "He then listed the qualities he looks for:") is what that
 * sentence introduces: its attribution's source, else its subject when that is a person, else a transcript
 * it opens with ("Partial transcript as follows:": {@link TranscriptIntro}). So is each
 * later paragraph of a quotation that runs on over paragraphs nobody else is quoted in.
 */
final class ColonParagraph implements Sieve {
  @Override
  public String name() {
    return "colon-paragraph";
  }

  @Override
  public void apply(QuoteContext ctx) {
    for (Candidate c : ctx.marked()) {
      if (c.attributed() || c.marks.paragraph() == 0) continue;
      CharSpan para = ctx.at.paragraphs().get(c.marks.paragraph());
      if (c.marks.openMark() != para.start()) continue;
      int introduced = QuotedParagraphRun.first(ctx, c.marks.paragraph());
      int colon = ctx.at.tokenAtOrAfter(ctx.at.paragraphs().get(introduced).start()) - 1;
      if (colon < 0 || !ctx.toks.get(colon).is(":") || ctx.toks.get(colon).paragraph() != introduced - 1) continue;
      if (ctx.quoted[colon]) continue;
      Sentence s = ctx.at.sentenceAt(ctx.toks.get(colon).start());
      Attribution a = ctx.sources.lastAttribution(s.firstToken(), colon);
      if (a != null) {
        c.attribute(a, Resolution.EXPLICIT, 0.75, name());
        continue;
      }
      TokenSpan subject = SentenceSubject.personSubject(ctx, s);
      if (subject != null) {
        c.attribute(new Attribution(Source.of(subject), null), Resolution.NEARBY, 0.6, name());
        continue;
      }
      TokenSpan transcript = TranscriptIntro.of(ctx, s, colon);
      if (transcript != null) c.attribute(new Attribution(Source.of(transcript), null), Resolution.NEARBY, 0.6, TranscriptIntro.RULE);
    }
  }
}
