package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An impression nobody is named for: "the Trump team appeared paralyzed", "voters seem to care more
 * about jobs", "it appears that the vote was close", "the plan sounds like a tax". The content runs from
 * the subject to the end of what follows the verb (a "to" infinitive, an adjective, "like", or "that" after
 * an empty "it"); the quote has a cue and no speaker. Only a verb that takes such a complement counts
 * ("appeared on television", "appeared in court" report nothing).
 */
final class SeemingImpression implements CandidateGenerator {
  static final String RULE = "seeming-verb";
  private static final Set<String> VERBS = WordList.set("/dev/newsfacts/lexicon/en/seeming-verbs.txt");
  private static final int MIN_CONTENT_TOKENS = 2;

  @Override
  public List<Candidate> generate(QuoteContext ctx) {
    return impressions(ctx, RULE, 1,
        (toks, s, v) -> isSeemingVerb(toks.get(v)) ? complementStart(toks, v + 1, s.endToken()) : -1);
  }

  /** Where the complement of the cue at {@code verb} starts, or -1 when that word is no such cue. */
  interface ComplementAfterCue {
    int start(List<Token> toks, Sentence s, int verb);
  }

  /**
   * The impressions of one kind of cue in the article: each word {@code complement} accepts as a cue, with at
   * least {@code wordsAfterCue} words after it in its sentence, outside quotation marks and boilerplate, whose
   * impression overlaps no other candidate.
   */
  static List<Candidate> impressions(QuoteContext ctx, String rule, int wordsAfterCue, ComplementAfterCue complement) {
    List<Token> toks = ctx.toks;
    List<Candidate> out = new ArrayList<>();
    SourceFinder finder = new SourceFinder(toks, ctx.lexicon);
    for (Sentence s : ctx.at.sentences()) {
      if (ctx.boilerplate.covers(s.start())) continue;
      for (int v = s.firstToken() + 1; v + wordsAfterCue < s.endToken(); v++) {
        if (ctx.quoted[v]) continue;
        int from = complement.start(toks, s, v);
        if (from < 0) continue;
        Candidate c = impression(ctx, finder, s, v, from, rule);
        if (c != null && overlapsNone(ctx.candidates(), c) && overlapsNone(out, c)) out.add(c);
      }
    }
    return out;
  }

  /**
   * The impression the verb at {@code verb} attributes to no one: from its subject to the end of the
   * complement that starts at {@code complement}, with the verb as cue; null without a subject or with
   * a complement too short.
   */
  private static Candidate impression(QuoteContext ctx, SourceFinder finder, Sentence s, int verb, int complement, String rule) {
    List<Token> toks = ctx.toks;
    Source subject = finder.subjectBefore(verb, s.firstToken());
    if (subject == null) return null;
    // "it appears that ...": an empty subject, the content is the clause after the verb
    int from = isEmptyIt(toks.get(subject.words().start())) ? complement : subject.words().start();
    int end = contentEnd(ctx, s, complement);
    if (end - complement < MIN_CONTENT_TOKENS || ctx.quoted[from]) return null;
    Candidate c = new Candidate(QuoteKind.INDIRECT, toks.get(from).start(), toks.get(end - 1).end(), null);
    c.cue = new TokenSpan(verb, verb + 1);
    c.leaveUnattributed(rule);
    return c;
  }

  static boolean isSeemingVerb(Token t) {
    return VERBS.contains(t.text().toLowerCase(Locale.ROOT)) && SourceFinder.verbTag(t.pos());
  }

  /**
   * Where the complement of the verb begins: "to" before a verb, an adjective (after at most one adverb:
   * "equally unperturbed"), "like" or "that"; -1 for anything else ("appeared on CNN").
   */
  static int complementStart(List<Token> toks, int at, int end) {
    Token t = toks.get(at);
    if (t.is("to")) return at + 1 < end && SourceFinder.verbTag(toks.get(at + 1).pos()) ? at : -1;
    if (t.is("that") || t.is("like")) return at;
    if ("ADJ".equals(t.pos())) return at;
    if ("ADV".equals(t.pos()) && at + 1 < end && "ADJ".equals(toks.get(at + 1).pos())) return at;
    return -1;
  }

  private static boolean isEmptyIt(Token t) {
    return t.is("it") || t.is("It");
  }

  /** The end of the complement: the sentence's last word, or the comma that closes the clause. */
  private static int contentEnd(QuoteContext ctx, Sentence s, int from) {
    List<Token> toks = ctx.toks;
    int end = s.endToken();
    while (end > from && ("PUNCT".equals(toks.get(end - 1).pos()) || SourceFinder.isQuoteMark(toks.get(end - 1)))) end--;
    return ContentBoundary.cut(ctx.sources, ctx.lexicon, ctx.quoted, s.firstToken(), from, end);
  }

  /** No other candidate overlaps {@code c}: an impression inside reported speech is part of what was said. */
  private static boolean overlapsNone(List<Candidate> others, Candidate c) {
    for (Candidate o : others) {
      if (o.start < c.end && c.start < o.end) return false;
    }
    return true;
  }
}
