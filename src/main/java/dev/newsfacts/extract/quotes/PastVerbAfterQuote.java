package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Resolution;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * '"France will always be France," an angry Hollande retaliated.', '"You were there," Hannity
 * started.': a quotation whose sentence goes on after a comma (or a question or exclamation mark)
 * inside its marks, followed at once by a noun phrase and a verb in the past that ends the clause,
 * is that noun phrase's, whatever the verb: the writer's own word for how it was said need not be
 * a speech verb.
 */
final class PastVerbAfterQuote implements Sieve {
  private static final Set<String> PAST_FORMS = WordList.set("/dev/newsfacts/lexicon/en/past-verbs.txt");
  /** Words a subject may run to before its verb ("the 43-year-old", "Senator Mary Jones"). */
  private static final int MAX_SUBJECT = 6;

  @Override
  public String name() {
    return "past-verb-after-quote";
  }

  @Override
  public void apply(QuoteContext ctx) {
    List<Candidate> marked = ctx.marked();
    for (int i = 0; i < marked.size(); i++) {
      Candidate q = marked.get(i);
      if (q.attributed() || !q.marks.closed() || q.end <= q.start || !continues(ctx.at.text().charAt(q.end - 1))) continue;
      QuoteWindow w = QuoteWindow.of(ctx, marked, i);
      TokenSpan subject = subject(ctx, w.afterFrom(), w.afterTo());
      if (subject != null) q.attribute(new Attribution(Source.of(subject), null), Resolution.EXPLICIT, 0.7, name());
    }
  }

  private static boolean continues(char last) {
    return last == ',' || last == '?' || last == '!';
  }

  /** The noun phrase from {@code from} that a past verb closing its clause follows, within {@code to}; null otherwise. */
  private static TokenSpan subject(QuoteContext ctx, int from, int to) {
    List<Token> toks = ctx.toks;
    for (int v = from + 1; v < Math.min(to, from + MAX_SUBJECT + 1); v++) {
      Token t = toks.get(v);
      if (ctx.quoted[v] || t.sentence() != toks.get(from).sentence()) return null;
      if (!"VERB".equals(SourceFinder.mainTag(t))) continue;
      if (!isPast(t) || !closesClause(toks, v + 1, to)) return null;
      TokenSpan np = ctx.sources.npEndingAt(v - 1, from);
      return np != null && np.start() == from ? np : null;
    }
    return null;
  }

  private static boolean isPast(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return !t.isCapitalised() && (w.endsWith("ed") || PAST_FORMS.contains(w));
  }

  /** A stop, a comma or the window's end right after the verb; or a preposition or adverb going on from it. */
  private static boolean closesClause(List<Token> toks, int k, int to) {
    if (k >= to || k >= toks.size()) return true;
    Token t = toks.get(k);
    return t.is(".") || t.is(",") || t.is("!") || "ADP".equals(t.pos()) || "ADV".equals(t.pos());
  }
}
