package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.model.Resolution;

/**
 * The last resort for a quote no cue and no earlier quote attributes: the person named nearest
 * before it in its own paragraph ("Maria Lopez, the union leader, spoke to workers on Monday.
 * "We need more nurses.""). A paragraph that names someone just before quoting is, in news copy,
 * almost always quoting that person; a name in another paragraph, or inside other quotation
 * marks, is too far to tell.
 */
final class NearestMention implements Sieve {
  @Override
  public String name() {
    return "nearest-mention";
  }

  @Override
  public void apply(QuoteContext ctx) {
    if (ctx.people == null) return;
    for (Candidate c : ctx.candidates()) {
      if (c.attributed() || !c.quoted()) continue;
      NameMention m = nearestBefore(ctx, c);
      if (m != null) {
        TokenSpan words = new TokenSpan(m.firstToken(), m.endToken());
        c.attribute(new Attribution(Source.of(words), null), Resolution.NEARBY, 0.45, name());
      }
    }
  }

  /** The person mention nearest before the quote's opening mark, in its paragraph and outside quotation marks. */
  private static NameMention nearestBefore(QuoteContext ctx, Candidate c) {
    int offset = c.marks.openMark();
    int paragraphStart = ctx.at.paragraphs().get(c.marks.paragraph()).start();
    for (NameMention m = ctx.people.lastMentionEndingBefore(offset); m != null && m.start() >= paragraphStart;
        m = ctx.people.lastMentionEndingBefore(m.start())) {
      if (!ctx.quoted[m.firstToken()]) return m;
    }
    return null;
  }
}
