package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech that a noun of speech introduces: "Trump's claim that the deal is dead", "his
 * assertion that ...", "she made the suggestion that ...". The source is the possessor of the noun,
 * or the subject of a verb that only carries it ("made", "repeated"); a claim nobody owns ("the
 * claim that ...") is left alone.
 */
final class ClaimNoun implements CandidateGenerator {
  static final String RULE = "claim-noun";
  private static final Set<String> NOUNS = WordList.set("/dev/newsfacts/lexicon/en/claim-nouns.txt");
  private static final Set<String> SUPPORT_VERBS = WordList.set("/dev/newsfacts/lexicon/en/claim-support-verbs.txt");
  private static final int MIN_CONTENT_TOKENS = 3;
  /** Modifiers between a possessor and its noun ("Trump's by now familiar claims"). */
  private static final int MAX_MODIFIERS = 4;

  @Override
  public List<Candidate> generate(QuoteContext ctx) {
    List<Token> toks = ctx.toks;
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : ctx.at.sentences()) {
      if (ctx.boilerplate.covers(s.start())) continue;
      for (int n = s.firstToken() + 1; n + 1 < s.endToken(); n++) {
        if (ctx.quoted[n] || !toks.get(n + 1).is("that") || !isClaimNoun(toks.get(n))) continue;
        Source src = source(ctx, s, n);
        if (src == null) continue;
        Candidate c = content(ctx, s, n + 2, new Attribution(src, new TokenSpan(n, n + 1)));
        if (c != null && overlapsNone(ctx.candidates(), c) && overlapsNone(out, c)) out.add(c);
      }
    }
    return out;
  }

  static boolean isClaimNoun(Token t) {
    return "NOUN".equals(SourceFinder.mainTag(t)) && NOUNS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** The possessor before the noun, or the subject of the verb that carries it. */
  private static Source source(QuoteContext ctx, Sentence s, int noun) {
    List<Token> toks = ctx.toks;
    int k = noun - 1;
    while (k > s.firstToken() && noun - k <= MAX_MODIFIERS && isModifier(toks.get(k))) k--;
    Token t = toks.get(k);
    if (isPossessivePronoun(t)) return Source.of(new TokenSpan(k, k + 1));
    if (t.text().endsWith("'s") || t.text().endsWith("\u2019s")) return Source.of(possessor(toks, s, k));
    if ((t.is("the") || t.is("a") || t.is("an")) && k - 1 >= s.firstToken()
        && SUPPORT_VERBS.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))) {
      return new SourceFinder(toks, ctx.lexicon).subjectBefore(k - 1, s.firstToken());
    }
    if (SUPPORT_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
      // "they gave assurances that": no determiner
      return new SourceFinder(toks, ctx.lexicon).subjectBefore(k, s.firstToken());
    }
    return null;
  }

  /** "Mr. Trump's", "the President's": the capitalised words of the possessor, not "targets for Trump's". */
  private static TokenSpan possessor(List<Token> toks, Sentence s, int last) {
    int k = last;
    while (k - 1 >= s.firstToken() && (toks.get(k - 1).isCapitalised() && SourceFinder.nounLike(toks.get(k - 1))
        || AbbreviationDot.at(toks, k - 1))) {
      k--;
    }
    if (k - 1 >= s.firstToken() && "DET".equals(toks.get(k - 1).pos())) k--;
    return new TokenSpan(k, last + 1);
  }

  private static boolean isModifier(Token t) {
    String p = SourceFinder.mainTag(t);
    return ("ADJ".equals(p) || "ADV".equals(p) || "NOUN".equals(p)) && !t.isCapitalised();
  }

  private static boolean isPossessivePronoun(Token t) {
    return t.is("his") || t.is("her") || t.is("their") || t.is("its") || t.is("our");
  }

  /** The words after "that" up to where the clause ends, with a verb in them. */
  private static Candidate content(QuoteContext ctx, Sentence s, int from, Attribution a) {
    List<Token> toks = ctx.toks;
    int end = s.endToken();
    while (end > from && ("PUNCT".equals(toks.get(end - 1).pos()) || SourceFinder.isQuoteMark(toks.get(end - 1)))) end--;
    end = ContentBoundary.cut(ctx.sources, ctx.lexicon, ctx.quoted, s.firstToken(), from, end);
    if (end - from < MIN_CONTENT_TOKENS || ctx.quoted[from] || !hasVerb(toks, from, end)) return null;
    Candidate c = new Candidate(QuoteKind.INDIRECT, toks.get(from).start(), toks.get(end - 1).end(), null);
    c.attribute(a, Resolution.EXPLICIT, 0.55, RULE);
    return c;
  }

  private static boolean hasVerb(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SourceFinder.verbTag(toks.get(i).pos())) return true;
    }
    return false;
  }

  /** No other candidate overlaps {@code c}, except reported speech around it ("rejected Lee's claim that ..."). */
  private static boolean overlapsNone(List<Candidate> others, Candidate c) {
    for (Candidate o : others) {
      boolean around = !o.quoted() && o.start < c.start && o.end >= c.end;
      if (o.start < c.end && c.start < o.end && !around) return false;
    }
    return true;
  }
}
