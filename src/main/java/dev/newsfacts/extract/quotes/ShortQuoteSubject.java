package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Resolution;
import java.util.Locale;
import java.util.Set;

/**
 * A word or three in marks woven into a sentence whose subject is a person ("Lee dismissed the
 * report as "pure fiction"") are that person's words: the subject is their speaker. Runs before
 * the scare-quote test, which would otherwise drop a short quote nothing attributes.
 */
final class ShortQuoteSubject implements Sieve {
  private static final Set<String> CLAUSE_WORDS = WordList.set("/dev/newsfacts/lexicon/en/clause-openers.txt");

  @Override
  public String name() {
    return "short-quote-subject";
  }

  @Override
  public void apply(QuoteContext ctx) {
    for (Candidate c : ctx.candidates()) {
      if (c.attributed() || !c.quoted() || NotAQuote.words(ctx, c) > NotAQuote.SHORT_WORDS) continue;
      Sentence own = SentenceSubject.sentenceAround(ctx, c);
      if (own == null) continue;
      TokenSpan src = SentenceSubject.personSubject(ctx, own);
      int open = ctx.at.tokenAtOrAfter(c.marks.openMark());
      if (src != null && src.end() <= open && !anotherClauseBetween(ctx, src.end(), open)) {
        c.attribute(new Attribution(Source.of(src), null), Resolution.NEARBY, 0.45, name());
      }
    }
  }

  /**
   * "Trump refers to the governor as "Chris"", "an editorial that accuses Sanders of running a
   * "fiction-filled campaign"": a relative or contrasting clause, or another subject, stands
   * between the subject and the quote, whose words may be someone else's.
   */
  private static boolean anotherClauseBetween(QuoteContext ctx, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = ctx.toks.get(k);
      if (CLAUSE_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || Pronouns.subjectKind(t.text()) != 0) return true;
    }
    return false;
  }
}
