package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.QuoteKind;
import java.util.Locale;
import java.util.Set;

/**
 * Words woven into a sentence of their own are that sentence's subject's, whoever or whatever it
 * is ("The agency declined to detail the investigation's "specific focus"", "Federal unions have
 * long fought contracting out jobs they call "inherently governmental""), not the speaker of a
 * quote in another sentence of the paragraph. Words that label a noun after them ("the "hidden
 * fees" line") are mentioned, not said, and a subject that names nothing ("It", "There") is none.
 */
final class WovenQuoteSubject {
  private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "this", "that", "there", "which", "what");

  private WovenQuoteSubject() {}

  /** The subject of the sentence a partial quote is woven into, or null when there is none to take. */
  static TokenSpan of(QuoteContext ctx, Candidate q) {
    if (q.kind != QuoteKind.PARTIAL || labelsNoun(ctx, q)) return null;
    Sentence own = SentenceSubject.sentenceAround(ctx, q);
    if (own == null) return null;
    TokenSpan np = ctx.sources.sentenceSubject(own);
    if (np == null) np = LeadingNounPhrase.of(ctx, own, ctx.at.tokenAtOrAfter(q.marks.openMark()));
    if (np == null || np.length() == 1 && EMPTY_SUBJECTS.contains(ctx.toks.get(np.start()).text().toLowerCase(Locale.ROOT))) return null;
    return np;
  }

  /** A lower-case noun right after the closing mark: the quoted words name a kind of thing. */
  private static boolean labelsNoun(QuoteContext ctx, Candidate q) {
    if (!q.marks.closed()) return false;
    int next = ctx.at.tokenAtOrAfter(q.marks.closeMark() + 1);
    if (next >= ctx.toks.size()) return false;
    Token t = ctx.toks.get(next);
    return "NOUN".equals(t.pos()) && !t.isCapitalised();
  }
}
