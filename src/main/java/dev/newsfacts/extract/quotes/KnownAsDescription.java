package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * A description that common knowledge gives, no one named: "the string of contests known as Super
 * Tuesday", "the judge is known for speaking her mind", "the couple were known to use the house". Like
 * an impression ({@link SeemingImpression}), the content is the subject and what follows "known as",
 * "known for" or "known to" before a verb, with "known" as cue and no speaker. "had known him for years"
 * (someone knowing someone) is not a description.
 */
final class KnownAsDescription implements CandidateGenerator {
  static final String RULE = "known-as";

  @Override
  public List<Candidate> generate(QuoteContext ctx) {
    return SeemingImpression.impressions(ctx, RULE, 2, (toks, s, v) ->
        toks.get(v).is("known") && !afterHave(toks, v, s.firstToken()) ? complementStart(toks, v + 1) : -1);
  }

  /** Where the description begins: the word after "as" or "for", or "to" before a verb; -1 otherwise. */
  static int complementStart(List<Token> toks, int at) {
    Token t = toks.get(at);
    if (t.is("as") || t.is("for")) return at + 1;
    if (t.is("to") && SourceFinder.verbTag(toks.get(at + 1).pos())) return at;
    return -1;
  }

  /** "had known", "have long known": "known" is the perfect of knowing, someone who knows. */
  private static boolean afterHave(List<Token> toks, int v, int first) {
    int k = v - 1;
    while (k > first && "ADV".equals(toks.get(k).pos())) k--;
    String w = toks.get(k).text().toLowerCase(Locale.ROOT);
    return w.equals("has") || w.equals("have") || w.equals("had") || w.equals("'ve") || w.equals("\u2019ve")
        || w.equals("'d") || w.equals("\u2019d") || w.equals("having");
  }
}
