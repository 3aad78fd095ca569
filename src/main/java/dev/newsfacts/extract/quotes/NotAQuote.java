package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Quoted words that nobody is reported as saying, dropped: nicknames inside a name (Joaquin "El
 * Chapo" Guzman), titles of works (the book "Crippled America"), a writer's terms (known as the "Chapitos", so-called "experts"), and short
 * scare quotes with no cue anywhere near. Runs after the sieves that read the quote's own
 * sentence, so that a short quote with a cue next to it stays.
 */
final class NotAQuote implements Sieve {
  static final int SHORT_WORDS = 3;
  /** Confidence the ranker gives a cue right next to the quote (see NearestAttributionRanker). */
  private static final double NEAR_CUE_CONFIDENCE = 0.8;

  @Override
  public String name() {
    return "not-a-quote";
  }

  @Override
  public void apply(QuoteContext ctx) {
    // a class of the jar, not a lambda: a cold start spins a class for each lambda it meets
    ctx.candidates().removeIf(new Predicate<Candidate>() {
      @Override
      public boolean test(Candidate c) {
        return c.quoted() && NotAQuote.test(ctx, c);
      }
    });
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
    return false;
  }

  static boolean test(QuoteContext ctx, Candidate c) {
    String text = ctx.at.text();
    String inside = text.substring(c.start, c.end);
    if (!hasLetter(inside)) return true;
    if (NicknameInName.test(text, c.marks)) return true;
    if (WorkTitle.test(text, c.marks.openMark(), inside)) return true;
    if (MarkupAttribute.test(text, c.marks)) return true;
    String before = wordsBefore(text, c.marks.openMark(), 3);
    for (String n : ctx.lexicon.namingPhrases()) if (before.endsWith(" " + n) || before.equals(n)) return true;
    int words = words(ctx, c);
    if (words <= SHORT_WORDS && !c.attributed() && !c.unattributable()) return true;
    // a word or two standing alone in marks ("(\"gotcha\")") takes no speaker from a cue far off in the sentence
    return words <= 2 && c.kind == QuoteKind.DIRECT && c.how == Resolution.EXPLICIT
        && c.confidence < NEAR_CUE_CONFIDENCE;
  }

  /** How many words stand inside the marks of {@code c}. */
  static int words(QuoteContext ctx, Candidate c) {
    return WhiteSpace.words(ctx.at.text().substring(c.start, c.end).trim()).length;
  }

  private static String wordsBefore(String text, int pos, int n) {
    int k = pos;
    int seen = 0;
    while (k > 0 && seen <= n) {
      k--;
      if (text.charAt(k) == ' ') seen++;
      if (text.charAt(k) == '\n') break;
    }
    return text.substring(k, pos).trim().toLowerCase(Locale.ROOT);
  }
}
