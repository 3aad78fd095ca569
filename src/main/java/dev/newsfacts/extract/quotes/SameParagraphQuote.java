package dev.newsfacts.extract.quotes;

import dev.newsfacts.model.Resolution;
import java.util.List;

/** A quote with no cue of its own takes the nearest quote of its paragraph that has one, the one before first. */
final class SameParagraphQuote implements Sieve {
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
      if (from != null) q.inherit(from, Resolution.NEARBY, 0.75, name());
    }
  }

  private static Candidate explicitIn(List<Candidate> quotes, int k, int paragraph) {
    if (k < 0 || k >= quotes.size()) return null;
    Candidate o = quotes.get(k);
    return o.marks.paragraph() == paragraph && o.attributed() && o.how == Resolution.EXPLICIT ? o : null;
  }
}
