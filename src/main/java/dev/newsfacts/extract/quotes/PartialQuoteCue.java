package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import java.util.List;
import java.util.Set;

/**
 * Words woven into a sentence ('called it a "setback"') belong to the cue before them in that
 * sentence. When that cue's subject is a pronoun inside what someone else is reported to have said
 * ('Bolton said he would warn Trump about "strategic threats"'), the words are the outer
 * speaker's: the reported speech around the quote names its source.
 */
final class PartialQuoteCue implements Sieve {
  /** Words that open a relative clause: "whom he called", "what she calls" keep their own speaker. */
  private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "what", "whose");

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
      if (a == null) continue;
      Attribution outer = pronounInsideReportedSpeech(ctx, a) ? outerAttribution(ctx, sentenceStart, a) : null;
      if (outer != null) q.attribute(outer, Resolution.EXPLICIT, 0.8, name());
      else q.attribute(a, Resolution.EXPLICIT, 0.85, name());
    }
  }

  private static boolean pronounInsideReportedSpeech(QuoteContext ctx, Attribution a) {
    TokenSpan src = a.source().words();
    if (src.length() != 1 || a.source().antecedent() != null) return false;
    Token t = ctx.toks.get(src.start());
    if (Pronouns.subjectKind(t.text()) == 0) return false;
    if (src.start() == 0) return true;
    String before = ctx.toks.get(src.start() - 1).text();
    // "when he called the businessman ...": an adverbial clause is the writer's, not reported speech
    return !RELATIVE.contains(before.toLowerCase(java.util.Locale.ROOT)) && !ctx.lexicon.isSubordinator(before);
  }

  /**
   * The attribution whose cue introduces the clause the pronoun opens ("Bolton said he would",
   * "she told reporters that she"), or null.
   */
  private static Attribution outerAttribution(QuoteContext ctx, int sentenceStart, Attribution inner) {
    int pronoun = inner.source().words().start();
    int clause = pronoun - 1 >= sentenceStart && ctx.toks.get(pronoun - 1).is("that") ? pronoun - 1 : pronoun;
    Attribution outer = ctx.sources.lastAttribution(sentenceStart, clause);
    if (outer == null || outer.cue() == null || outer.source().words().end() > outer.cue().start()) return null;
    int after = outer.cue().end();
    // "told reporters that he", "said Tuesday he": an addressee or a day may stand between
    return clause - after <= 3 ? outer : null;
  }
}
