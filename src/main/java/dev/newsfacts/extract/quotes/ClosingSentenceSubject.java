package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.nlp.Sentence;

/**
 * '"We will build a wall," Trump added. He then had a question for the crowd.  "Who will pay?"': a
 * sentence with a person for subject, closing the paragraph after its last quote and that quote's
 * attribution, introduces the quote that opens the next paragraph; its subject is the nearer mention.
 */
final class ClosingSentenceSubject {
  private ClosingSentenceSubject() {}

  /** The person subject of the last sentence of {@code prev}'s paragraph, when it comes after prev's sentence; else null. */
  static TokenSpan of(QuoteContext ctx, Candidate prev) {
    CharSpan para = ctx.at.paragraphs().get(prev.marks.paragraph());
    Sentence quoteSentence = ctx.at.sentenceAt(Math.max(prev.marks.after() - 1, 0));
    Sentence last = ctx.at.sentenceAt(Math.max(para.end() - 1, para.start()));
    if (last.index() <= quoteSentence.index() || last.paragraph() != prev.marks.paragraph()) return null;
    // no quotation marks in the closing sentence: it introduces, it does not quote
    for (int k = last.firstToken(); k < last.endToken(); k++) if (ctx.quoted[k]) return null;
    if (prev.cue != null && prev.cue.start() >= last.firstToken()) return null;
    return SentenceSubject.personSubject(ctx, last);
  }
}
