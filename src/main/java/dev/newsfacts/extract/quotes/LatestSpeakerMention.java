package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;

/**
 * A quote that takes the speaker of an earlier quote in its paragraph is credited to that speaker's
 * latest naming before it ("…," said Megan Greene. Greene added that the Fed would wait. "…"), by name
 * or by a pronoun that can only stand for them: the
 * sentence that names the speaker again is the one that introduces the quote, as a reader takes it.
 * Only a naming as a subject counts, outside quotation marks and after the earlier quote and its
 * source; a possessive ("Greene's plan") or the object of a preposition ("a call from Greene") is
 * about the speaker, not said by them.
 */
final class LatestSpeakerMention {
  /** The rule name of a quote whose inherited speaker is named again just before it. */
  static final String RULE = "latest-speaker-mention";

  private LatestSpeakerMention() {}

  /** The words of the speaker's latest subject naming between {@code from} and {@code q}, or null. */
  static TokenSpan of(QuoteContext ctx, Candidate from, Candidate q) {
    if (ctx.people == null || from.source == null || !from.quoted() || from.start >= q.start) return null;
    TokenSpan naming = from.source.naming();
    int sourceStart = ctx.toks.get(naming.start()).start();
    int sourceEnd = ctx.toks.get(naming.end() - 1).end();
    Person speaker = ctx.people.personIn(sourceStart, sourceEnd);
    if (speaker == null) return null;
    int after = Math.max(from.marks.after(), sourceEnd);
    int paragraphStart = ctx.at.paragraphs().get(q.marks.paragraph()).start();
    NameMention latest = null;
    for (NameMention m : speaker.mentions()) {
      if (m.start() >= after && m.start() >= paragraphStart && m.end() <= q.marks.openMark()) latest = m;
    }
    if (latest != null && (ctx.quoted[latest.firstToken()] || !subjectPlace(ctx, latest))) latest = null;
    int named = latest == null ? after : latest.end();
    int pronoun = latestPronoun(ctx, speaker, named, q.marks.openMark());
    if (pronoun >= 0) return new TokenSpan(pronoun, pronoun + 1);
    return latest == null ? null : new TokenSpan(latest.firstToken(), latest.endToken());
  }

  /**
   * "…," says Gloria Garcia. She says people should … "…": the last "he" or "she" opening a sentence in
   * {@code [from, to)} outside quotation marks that fits the speaker's gender and has no one else named between the speaker
   * and it; its token, or -1.
   */
  private static int latestPronoun(QuoteContext ctx, Person speaker, int from, int to) {
    for (int k = ctx.at.tokenAtOrAfter(to) - 1; k >= 0 && ctx.toks.get(k).start() >= from; k--) {
      Token t = ctx.toks.get(k);
      char kind = Pronouns.subjectKind(t.text());
      // only a pronoun that opens its sentence: "…," Clinton said as she left. "…" keeps Clinton
      if (ctx.quoted[k] || kind != 'M' && kind != 'F' || ctx.at.sentenceAt(t.start()).firstToken() != k) continue;
      if (speaker.gender() != 0 && speaker.gender() != kind) return -1;
      NameMention before = ctx.people.lastMentionEndingBefore(t.start());
      return before != null && speaker.mentions().contains(before) ? k : -1;
    }
    return -1;
  }

  private static boolean subjectPlace(QuoteContext ctx, NameMention m) {
    String last = ctx.toks.get(m.endToken() - 1).text();
    if (last.endsWith("'s") || last.endsWith("\u2019s")) return false;
    if (m.endToken() < ctx.toks.size()) {
      Token next = ctx.toks.get(m.endToken());
      if (next.is("'s") || next.is("\u2019s") || next.is("'") || next.is("\u2019")) return false;
    }
    int titleToken = ctx.at.tokenAtOrAfter(m.titleStart());
    if (titleToken == 0) return true;
    Token before = ctx.toks.get(titleToken - 1);
    String tag = SourceFinder.mainTag(before);
    // "which Mozloom thinks": a relative clause about the quote is not the sentence that introduces it
    return !"ADP".equals(tag) && !"VERB".equals(tag) && !"AUX".equals(tag) && !"PRON".equals(tag) && !"SCONJ".equals(tag)
        && !before.is("which") && !before.is("that");
  }
}
