package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.CharSpan;
import java.util.List;

/**
 * Where the attribution of a quoted span may stand, in tokens: after it up to the next quote of
 * its paragraph (or the paragraph's end), and before it back to the previous quote (or the
 * paragraph's start).
 */
record QuoteWindow(Candidate quote, int afterFrom, int afterTo, int beforeFrom, int beforeTo) {
  static QuoteWindow of(QuoteContext ctx, List<Candidate> marked, int i) {
    Candidate q = marked.get(i);
    int paragraph = q.marks.paragraph();
    Candidate prev = i > 0 && marked.get(i - 1).marks.paragraph() == paragraph ? marked.get(i - 1) : null;
    Candidate next = i + 1 < marked.size() && marked.get(i + 1).marks.paragraph() == paragraph ? marked.get(i + 1) : null;
    CharSpan para = ctx.at.paragraphs().get(paragraph);
    return new QuoteWindow(q,
        ctx.at.tokenAtOrAfter(q.marks.after()),
        ctx.at.tokenAtOrAfter(next != null ? next.marks.openMark() : para.end()),
        ctx.at.tokenAtOrAfter(prev != null ? prev.marks.after() : para.start()),
        ctx.at.tokenAtOrAfter(q.marks.openMark()));
  }
}
