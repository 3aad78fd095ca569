package dev.newsfacts.extract.quotes;

import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import java.util.List;

/** Words woven into a sentence ('called it a "setback"') belong to the cue before them in that sentence. */
final class PartialQuoteCue implements Sieve {
  @Override
  public String name() {
    return "partial-cue-before";
  }

  @Override
  public void apply(QuoteContext ctx) {
    List<Candidate> marked = ctx.marked();
    for (int i = 0; i < marked.size(); i++) {
      Candidate q = marked.get(i);
      if (q.attributed() || q.kind != QuoteKind.PARTIAL) continue;
      QuoteWindow w = QuoteWindow.of(ctx, marked, i);
      int sentenceStart = ctx.at.sentenceAt(q.marks.openMark()).firstToken();
      Attribution a = ctx.sources.lastAttribution(Math.max(w.beforeFrom(), sentenceStart), w.beforeTo());
      if (a != null) q.attribute(a, Resolution.EXPLICIT, 0.85, name());
    }
  }
}
