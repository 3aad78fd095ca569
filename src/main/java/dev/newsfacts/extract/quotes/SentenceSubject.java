package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Resolution;
import java.util.List;

/**
 * The last sieve, for a quote no cue attributes: the person who is the subject of the
 * sentence that introduces it ("Clinton touted her credentials. "We need ..."", "Clinton
 * shared her anxiety with an audience, "I do not know ...""). Only a person or a he/she
 * pronoun qualifies, so that an unattributed slogan is not pinned on a thing.
 */
final class SentenceSubject implements Sieve {
  private final boolean ownSentenceOnly;

  /** The subject of the quote's own sentence, else of the sentence before. */
  SentenceSubject() {
    this(false);
  }

  /**
   * @param ownSentenceOnly only the subject of the sentence the quote sits in: words quoted in the
   *     middle of a sentence ("Graham assures his audience he will tell them to "shut up."") are
   *     that sentence's subject's, whoever spoke before in the paragraph
   */
  SentenceSubject(boolean ownSentenceOnly) {
    this.ownSentenceOnly = ownSentenceOnly;
  }

  @Override
  public String name() {
    return ownSentenceOnly ? "own-sentence-subject" : "sentence-subject";
  }

  @Override
  public void apply(QuoteContext ctx) {
    for (Candidate c : ctx.candidates()) {
      if (c.attributed() || !c.quoted()) continue;
      // a word or three in marks is left to the scare-quote test, which drops it when nothing attributes it
      if (ownSentenceOnly && NotAQuote.words(ctx, c) <= NotAQuote.SHORT_WORDS) continue;
      Sentence own = ctx.at.sentenceAt(c.marks.openMark());
      TokenSpan src = null;
      boolean inOwnSentence = own.start() < c.marks.openMark() && own.paragraph() == c.marks.paragraph();
      if (inOwnSentence) src = personSubject(ctx, own);
      if (src == null && inOwnSentence) {
        // words quoted inside a sentence belong to it (in the first pass only when its opening phrase names a person)
        TokenSpan lead = LeadingNounPhrase.of(ctx, own, ctx.at.tokenAtOrAfter(c.marks.openMark()));
        if (!ownSentenceOnly || lead != null && namesPerson(ctx, lead)) src = lead;
      } else if (src == null && !ownSentenceOnly && own.index() > 0) {
        Sentence prev = ctx.at.sentences().get(own.index() - 1);
        if (prev.paragraph() >= c.marks.paragraph() - 1) src = personSubject(ctx, prev);
      }
      if (src != null && !isColonDateline(ctx, src)) c.attribute(new Attribution(Source.of(src), null), Resolution.NEARBY, 0.5, name());
    }
  }

  /**
   * The person the quote's own sentence opens with or has as its subject, when the quote sits inside
   * that sentence after it; null otherwise.
   */
  static TokenSpan ownPersonSubject(QuoteContext ctx, Candidate c) {
    Sentence own = sentenceAround(ctx, c);
    if (own == null) return null;
    TokenSpan src = personSubject(ctx, own);
    if (src != null) return src;
    TokenSpan lead = LeadingNounPhrase.of(ctx, own, ctx.at.tokenAtOrAfter(c.marks.openMark()));
    return lead != null && namesPerson(ctx, lead) ? lead : null;
  }

  /** The sentence a quote sits inside, after its first word and in the quote's paragraph; null otherwise. */
  static Sentence sentenceAround(QuoteContext ctx, Candidate c) {
    Sentence own = ctx.at.sentenceAt(c.marks.openMark());
    return own.start() >= c.marks.openMark() || own.paragraph() != c.marks.paragraph() ? null : own;
  }

  static TokenSpan personSubject(QuoteContext ctx, Sentence s) {
    TokenSpan np = ctx.sources.sentenceSubject(s);
    return np != null && namesPerson(ctx, np) ? np : null;
  }

  /** "ISLAMABAD: “The review …”": the dateline opening the paragraph names no one. */
  private static boolean isColonDateline(QuoteContext ctx, TokenSpan np) {
    return np.end() < ctx.toks.size() && ctx.toks.get(np.end()).is(":") && ctx.colonDateline(np.start(), np.end());
  }

  /** A he/she pronoun, or a phrase with a capitalised proper noun. */
  private static boolean namesPerson(QuoteContext ctx, TokenSpan np) {
    List<Token> toks = ctx.toks;
    if (isColonDateline(ctx, np)) return false;
    Token last = toks.get(np.end() - 1);
    char kind = Pronouns.subjectKind(last.text());
    if (np.length() == 1 && (kind == 'M' || kind == 'F')) return true;
    for (int i = np.start(); i < np.end(); i++) {
      if (toks.get(i).isCapitalised() && "PROPN".equals(toks.get(i).pos())) return true;
    }
    return false;
  }
}
