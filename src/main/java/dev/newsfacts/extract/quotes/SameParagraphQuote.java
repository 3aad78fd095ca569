package dev.newsfacts.extract.quotes;

import dev.newsfacts.model.Resolution;
import java.util.List;

/** A quote with no cue of its own takes the nearest quote of its paragraph that has one, the one before first. */
final class SameParagraphQuote implements Sieve {
  /** The rule name of a quote its own sentence's person takes here. */
  static final String OWN_SENTENCE = "own-sentence-person";
  /** The rule name of a quote woven into a sentence of its own whose subject, person or not, takes it. */
  static final String WOVEN = "woven-subject";

  @Override
  public String name() {
    return "same-paragraph";
  }

  @Override
  public void apply(QuoteContext ctx) {
    List<Candidate> quotes = ctx.marked();
    for (int i = 0; i < quotes.size(); i++) {
      Candidate q = quotes.get(i);
      if (q.attributed()) continue;
      int paragraph = q.marks.paragraph();
      Candidate from = null;
      // quotes are in text order, so a paragraph's quotes are neighbours: stop when both sides leave it
      for (int d = 1; from == null; d++) {
        Candidate before = explicitIn(quotes, i - d, paragraph);
        Candidate after = explicitIn(quotes, i + d, paragraph);
        boolean beforeOut = i - d < 0 || quotes.get(i - d).marks.paragraph() != paragraph;
        boolean afterOut = i + d >= quotes.size() || quotes.get(i + d).marks.paragraph() != paragraph;
        from = before != null ? before : after;
        if (from == null && beforeOut && afterOut) break;
      }
      if (from == null) continue;
      // "Sullivan praised the piece. Clinton fixates on the "pivot" line.": a person who opens the
      // quote's own sentence outranks the speaker of a quote in another sentence
      boolean otherSentence = ctx.at.sentenceAt(from.marks.openMark()).index() != ctx.at.sentenceAt(q.marks.openMark()).index();
      TokenSpan own = otherSentence ? SentenceSubject.ownPersonSubject(ctx, q) : null;
      TokenSpan woven = otherSentence && own == null ? WovenQuoteSubject.of(ctx, q) : null;
      if (own != null) q.attribute(new Attribution(Source.of(own), null), Resolution.NEARBY, 0.6, OWN_SENTENCE);
      else if (woven != null) q.attribute(new Attribution(Source.of(woven), null), Resolution.NEARBY, 0.55, WOVEN);
      else {
        TokenSpan latest = LatestSpeakerMention.of(ctx, from, q);
        if (latest != null) q.attribute(new Attribution(Source.of(latest), null), Resolution.NEARBY, 0.75, LatestSpeakerMention.RULE);
        else q.inherit(from, Resolution.NEARBY, 0.75, name());
      }
    }
  }

  private static Candidate explicitIn(List<Candidate> quotes, int k, int paragraph) {
    if (k < 0 || k >= quotes.size()) return null;
    Candidate o = quotes.get(k);
    return o.marks.paragraph() == paragraph && o.attributed() && o.how == Resolution.EXPLICIT ? o : null;
  }
}
