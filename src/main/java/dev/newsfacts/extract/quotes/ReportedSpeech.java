package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech without quotation marks, sentence by sentence: "X said (that) CONTENT",
 * "CONTENT, X said", "according to X, CONTENT" and "CONTENT, according to X". Each candidate
 * comes with the source its cue names, under the rule that found it.
 */
final class ReportedSpeech implements CandidateGenerator {
  static final String AFTER_CUE = "reported-after-cue";
  static final String BEFORE_CUE = "reported-before-cue";
  static final String ACCORDING_TO_LEADING = "according-to-leading";
  static final String ACCORDING_TO_TRAILING = "according-to-trailing";
  static final String PARENTHETICAL = "reported-parenthetical";
  static final String SPEECH_ACT_OBJECT = "speech-act-object";
  static final String NAMING_COMPLEMENT = "naming-complement";
  static final String PRO_FORM_ANSWER = "pro-form-answer";
  static final String PASSIVE_AGENT = "passive-agent";
  static final String ARCHIVE_AFTER_CUE = "archive-quote-after-cue";
  static final String ARCHIVE_CONTINUED = "archive-quote-continued";
  static final String ARCHIVE_BEFORE_CUE = "archive-quote-before-cue";
  private static final int MIN_CONTENT_TOKENS = 3;

  @Override
  public List<Candidate> generate(QuoteContext ctx) {
    List<QuotedSpan> marks = new ArrayList<>();
    for (Candidate c : ctx.marked()) marks.add(c.marks);
    return new Finder(ctx, QuoteContext.quotedTokens(ctx.at, marks)).find();
  }

  /** The search over one article. */
  private static final class Finder {
    private final AnnotatedText at;
    private final List<Token> toks;
    private final ClauseSources sources;
    private final SpeechLexicon lexicon;
    private final boolean[] quoted;
    private final Boilerplate boilerplate;

    Finder(QuoteContext ctx, boolean[] quoted) {
      this.boilerplate = ctx.boilerplate;
      this.at = ctx.at;
      this.toks = ctx.toks;
      this.sources = ctx.sources;
      this.lexicon = ctx.lexicon;
      this.quoted = ArchiveQuoteMarks.withArchiveQuotes(toks, quoted);
    }

    List<Candidate> find() {
      List<Candidate> out = new ArrayList<>();
      for (Sentence s : at.sentences()) {
        if (boilerplate.covers(s.start())) continue;
        int lastContentEnd = -1;
        Candidate lastReport = null;
        int trailing = TrailingAttribution.comma(sources, lexicon, quoted, s);
        for (int c = s.firstToken(); c < s.endToken(); c++) {
          if (quoted[c]) continue;
          int len = sources.cues.cueAt(c, true);
          if (len == 0 || CorrelativeComparative.covers(toks, s, c)) continue;
          Candidate cand = sources.cues.isAccordingTo(c) ? accordingTo(s, c) : verbCue(s, c, len);
          // a stance verb inside what a closing "..., X said" attributes reports nothing past its comma
          // (a speech verb there is a report of its own: "Acme reported a profit, the company said")
          if (cand != null && trailing > c && AFTER_CUE.equals(cand.rule) && cand.end > toks.get(trailing).start()
              && sources.cues.cueAt(c, false) == 0) {
            continue;
          }
          if (cand == null) continue;
          boolean nested = cand.start < lastContentEnd;
          if (nested && !NestedReport.keeps(lastReport, cand)) continue;
          if (nested) out.set(out.lastIndexOf(lastReport), NestedReport.cutBeforeSecondPredicate(toks, lastReport, cand));
          out.add(cand);
          lastContentEnd = Math.max(lastContentEnd, cand.end);
          lastReport = cand;
          Candidate more = continuedArchiveQuote(cand);
          if (more != null) out.add(more);
        }
      }
      return out;
    }

    private Candidate verbCue(Sentence s, int c, int len) {
      // "the ban was first reported by the Gazette": the agent speaks about the passive subject
      // (not a stance verb: "a decision is expected by the end of the year" names a time, not who expects it)
      PassiveReportAgent.Found passive = lexicon.stanceLemma(toks.get(c).text()) != null ? null
          : PassiveReportAgent.at(toks, quoted, s.firstToken(), s.endToken(), c, len);
      if (passive != null) {
        TokenSpan content = passive.content();
        return candidate(content.start(), content.end(), new Attribution(Source.of(passive.agent()), new TokenSpan(c, c + len)),
            0.5, PASSIVE_AGENT);
      }
      Source src = sources.sourceOf(c, len, s.firstToken(), s.endToken());
      if (src == null) return null;
      TokenSpan cue = new TokenSpan(c, c + len);
      String lemma = sources.cues.lemma(c);
      // a feeling ("she worries that ...") or the belief of an unnamed share ("some fans feel ...") is no report of words
      if (FeelingVerb.test(lemma) || UnnamedShareBelief.test(toks, lexicon, s, c)) return null;
      if (src.words().start() > c) {
        // inverted ("..., said Miller"): the content is what came before
        return before(s, Math.min(c, src.words().start()), new Attribution(src, cue), BEFORE_CUE);
      }
      // "''We will win,'' Mr. Lee said, ...": the quote closing right before the source is what the cue reports
      // (a participle after the report, "he said, adding that ...", reports what follows it)
      Candidate archived = nextToSource(src, c) ? archiveQuoteBefore(src.words().start(), new Attribution(src, cue)) : null;
      if (archived != null) return archived;
      // "the report found that ...": a finding of research, not words said
      if (ResearchFinding.test(toks, s, c, lemma)) return null;
      int after = c + len;
      if (after < s.endToken() && lexicon.takesAddressee(lemma)) {
        after = skipObject(after, s.endToken());
      }
      after = skipTimeWords(after, s.endToken());
      // "said in Geneva", "told a rally in Ohio": where it was said, not what
      int beforeSetting = after;
      after = skipTimeWords(QuoteSetting.skip(toks, after, s.endToken()), s.endToken());
      // "said in a statement released Monday": a participle right after the setting describes it
      boolean settingParticiple = after > beforeSetting && after < s.endToken() && "VERB".equals(toks.get(after).pos());
      int that = thatWithin(after, s.endToken());
      if (that >= 0) after = that + 1;
      Candidate archive = archiveQuote(after, new Attribution(src, cue));
      if (archive != null) return archive;
      if (after + 1 < s.endToken() && toks.get(after).is(",") && isTwoApostrophes(toks.get(after + 1))) after++;
      // 'the group said: "We will ..."': the words after the colon are the quote's, found in its marks
      if (after + 1 < s.endToken() && toks.get(after).is(":") && startsWithQuote(after + 1)) return null;
      if (NegatedQuestion.test(toks, lexicon, c, after)) return null;
      if (DoubtedQuestion.test(toks, lexicon, lemma, after)) return null;
      // '' is how some archives write quotation marks: not marks we pair, but the words are still reported
      int first = after < s.endToken() && toks.get(after).is(",") ? after + 1 : after;
      // "Miller said, adding that ...": the participle attributes what follows, not "said"
      boolean participleFollows = first != after && first < s.endToken() && sources.cues.cueAt(first, true) > 0;
      // "told reporters shortly before meeting ...": an adverbial, not what was said ("said more than
      // 200 people died" compares a number: a subject)
      boolean adverbialFollows = that < 0 && first < s.endToken()
          && ("ADV".equals(toks.get(first).pos()) || "ADP".equals(toks.get(first).pos()))
          && first + 1 < s.endToken() && !toks.get(first + 1).is("than") && ("ADP".equals(toks.get(first + 1).pos()) || "SCONJ".equals(toks.get(first + 1).pos())
          || "VERB".equals(toks.get(first + 1).pos()));
      // '"...," she said as she left': the setting of the quotation before the source, not a second report
      boolean settingFollows = that < 0 && QuoteTrailer.test(toks, quoted, s.firstToken(), src.words().start(), first);
      // "..., Singh said in an affidavit filed with the court": with the content before the source, a
      // phrase after the cue without "that" is where or how it was said
      boolean adjunctAfterTrailingCue = that < 0 && first < s.endToken() && contentBeforeCue(s, src)
          && lexicon.isQuoteVerb(lemma) && hasVerb(s.firstToken(), src.words().start())
          && (settingParticiple || "ADP".equals(toks.get(first).pos()))
          && !hasClauseVerb(settingParticiple ? first + 1 : first, trimEnd(first, s.endToken()));
      boolean clauseFollows = first < s.endToken() && (first == after || !contentBeforeCue(s, src))
          && !startsWithQuote(first) && !participleFollows && !adverbialFollows && !settingFollows
          && !adjunctAfterTrailingCue;
      int contentEnd = ContentBoundary.cut(sources, lexicon, quoted, s.firstToken(), first,
          CoordinatedClause.cut(sources, first, trimEnd(first, s.endToken())));
      // "Lee criticized the plan": the object of a speech act is what it attributes; after a passive
      // report ("is said to favour a sale") someone else's words are reported, not the subject's act
      boolean objectReported = sources.cues.attributesObject(c) || lexicon.reportsObject(lemma);
      // "asked whether she would support a fare increase": a stance in a question or a condition is taken by nobody
      if (objectReported && src.words().end() <= c && ConditionalSource.test(toks, src.words().start())) return null;
      // "defended the plan, mocked the council and ...": the verb after the object is the subject's next act
      if (clauseFollows && that < 0 && first == after && objectReported && src.words().end() <= c
          && !afterPassiveReport(c)) {
        int objectEnd = ObjectThenPredicate.objectEnd(toks, quoted, first, contentEnd);
        if (objectEnd > first) return candidate(first, objectEnd, new Attribution(src, cue), 0.5, SPEECH_ACT_OBJECT);
      }
      if (clauseFollows && contentEnd - first >= MIN_CONTENT_TOKENS && hasVerb(first, contentEnd)
          && (that >= 0 || !ObjectNotClause.test(toks, first, contentEnd))) {
        return candidate(first, contentEnd, new Attribution(src, cue), 0.6, AFTER_CUE);
      }
      // "half said so", "a third said the same of Cruz": one word standing for the clause is what was said
      if (that < 0 && first == after && src.words().end() <= c && !afterPassiveReport(c)) {
        int answer = ProFormAnswer.end(toks, quoted, first, s.endToken());
        if (answer > first) return candidate(first, answer, new Attribution(src, cue), 0.5, PRO_FORM_ANSWER);
      }
      if (that < 0 && first == after && objectReported && src.words().end() <= c
          && !afterPassiveReport(c)) {
        int objectEnd = SpeechActObject.end(toks, quoted, first, Math.min(contentEnd, s.endToken()));
        if (objectEnd > first) return candidate(first, objectEnd, new Attribution(src, cue), 0.5, SPEECH_ACT_OBJECT);
      }
      // "Lee called the plan a disaster": the object and the complement judging it, a clause without a verb
      if (that < 0 && first == after && lexicon.namesObject(lemma) && src.words().end() <= c && !afterPassiveReport(c)) {
        int named = NamingComplement.end(toks, quoted, lexicon, first, s.endToken());
        if (named > first) return candidate(first, named, new Attribution(src, cue), 0.5, NAMING_COMPLEMENT);
      }
      if (src.words().start() > s.firstToken() && commaBefore(src.words().start())
          && !NegatedQuestion.negated(toks, lexicon, c)) {
        // 'Asked about the race, Adelson said, "They have got to win."': the cue reports the quotation
        // after it; the phrase before the source is its setting, not more words said
        if (first < s.endToken() && startsWithQuote(first)) return null;
        Candidate inner = Parenthetical.isAside(toks, lexicon, s.firstToken(), src.words().start() - 1, first, contentEnd)
            ? parenthetical(s, contentEnd, new Attribution(src, cue)) : null;
        if (inner != null) return inner;
        return before(s, src.words().start(), new Attribution(src, cue), BEFORE_CUE);
      }
      return null;
    }

    /** "is said to", "were expected to", "was reported to" right before token {@code c}. */
    private boolean afterPassiveReport(int c) {
      if (c < 3 || !toks.get(c - 1).is("to")) return false;
      return Cues.isPassiveBe(toks.get(c - 3)) && sources.cues.lemma(c - 2) != null;
    }

    /** 'Mr. Lee said, \'\'We will win.\'\'': the words between an archive's two-apostrophe marks right after the cue. */
    private Candidate archiveQuote(int after, Attribution a) {
      if (after >= toks.size()) return null;
      int open = toks.get(after).is(",") || toks.get(after).is(":") ? after + 1 : after;
      int pair = ArchiveQuoteMarks.pairAt(toks, open);
      if (pair == 0) return null;
      int from = open + pair;
      int close = ArchiveQuoteMarks.closing(toks, from);
      int end = close < 0 ? -1 : trimEnd(from, close);
      if (end - from < MIN_CONTENT_TOKENS) return null;
      return candidate(from, end, a, 0.6, ARCHIVE_AFTER_CUE);
    }

    /** "Mr. Lee said", "Mr. Lee, the mayor, said": no other cue between the source and the cue ("he said, adding"). */
    private boolean nextToSource(Source src, int c) {
      for (int k = src.words().end(); k < c; k++) if (!quoted[k] && sources.cues.cueAt(k, true) > 0) return false;
      return true;
    }

    /**
     * "\'\'We will win. We always do,\'\' Mr. Lee said": the words of an archive's quote closing right before the
     * source, in its paragraph. Its marks bound it on both sides, so a single word is a quote too ("\'\'No,\'\' she said").
     */
    private Candidate archiveQuoteBefore(int boundary, Attribution a) {
      if (boundary < 1 || toks.get(boundary - 1).paragraph() != toks.get(boundary).paragraph()) return null;
      int end = ArchiveQuoteMarks.contentEndBefore(toks, boundary - 1);
      if (end < 0) return null;
      int open = ArchiveQuoteMarks.opening(toks, end);
      if (open < 0) return null;
      int from = open + ArchiveQuoteMarks.pairAt(toks, open);
      end = trimEnd(from, end);
      if (end <= from) return null;
      return candidate(from, end, a, 0.6, ARCHIVE_BEFORE_CUE);
    }

    /**
     * "\'\'We will win,\'\' Mr. Lee said. \'\'We always do.\'\'": a quote in archive marks that opens right after
     * the sentence of a report and closes its own sentence, with no cue of its own, goes on with that report.
     */
    private Candidate continuedArchiveQuote(Candidate reported) {
      int last = at.tokenAtOrAfter(reported.end) - 1;
      if (last < 0) return null;
      int next = last + 1;
      while (next < toks.size() && toks.get(next).sentence() == toks.get(last).sentence()) next++;
      if (next >= toks.size() || toks.get(next).paragraph() != toks.get(last).paragraph()) return null;
      int pair = ArchiveQuoteMarks.pairAt(toks, next);
      if (pair == 0) return null;
      int from = next + pair;
      int close = ArchiveQuoteMarks.closing(toks, from);
      if (close < 0 || close + 1 < toks.size() && toks.get(close + 1).sentence() == toks.get(close).sentence()) return null;
      int end = trimEnd(from, close);
      if (end - from < MIN_CONTENT_TOKENS) return null;
      return candidate(from, end, new Attribution(reported.source, reported.cue), 0.55, ARCHIVE_CONTINUED);
    }

    /** "The plan, she said, would cost more": the whole sentence around the aside is what was said. */
    private Candidate parenthetical(Sentence s, int end, Attribution a) {
      return parenthetical(s, end, a, PARENTHETICAL);
    }

    private Candidate parenthetical(Sentence s, int end, Attribution a, String rule) {
      int from = afterDateline(s.firstToken(), end);
      while (from < end && ("PUNCT".equals(toks.get(from).pos()) || SourceFinder.isQuoteMark(toks.get(from)))) from++;
      if (end - from < MIN_CONTENT_TOKENS || anyQuoted(from, end)) return null;
      return candidate(from, end, a, 0.6, rule);
    }

    /** "told reporters after the hearing that ...": the content starts after a near "that" with no verb before it. */
    private int thatWithin(int from, int to) {
      for (int k = from; k < Math.min(to, from + 8); k++) {
        Token t = toks.get(k);
        // "rejected Lee's claim that ...": the claim is what the verb takes, its own words follow (ClaimNoun)
        // "did not say whether that money is budgeted": "that" after a question word is a determiner of its clause
        if (k > from && lexicon.opensQuestion(toks.get(k - 1).text())) return -1;
        if (t.is("that")) {
          if (k > from && RelativeThat.at(toks, k)) return -1;
          return k > from && ClaimNoun.isClaimNoun(toks.get(k - 1)) ? -1 : k;
        }
        // "cautioned, however, that": an adverb set off by commas stands between the verb and "that"
        if (t.is(",") && k + 2 < to && "ADV".equals(toks.get(k + 1).pos()) && toks.get(k + 2).is(",")) {
          k += 2;
          continue;
        }
        if ("VERB".equals(t.pos()) || "AUX".equals(t.pos()) || "PUNCT".equals(t.pos())) return -1;
      }
      return -1;
    }

    /** "said Tuesday", "said on Monday", "said in a statement": not part of what was said. */
    private int skipTimeWords(int from, int to) {
      int k = from;
      if (k + 1 < to && (toks.get(k).is("on") || toks.get(k).is("last") || toks.get(k).is("this"))
          && lexicon.isTimeWord(toks.get(k + 1).text())) k++;
      // "said Tuesday night that": a day and its part
      while (k < to && lexicon.isTimeWord(toks.get(k).text())) k++;
      return k;
    }

    private Candidate before(Sentence s, int boundary, Attribution a, String rule) {
      Candidate archive = archiveQuoteBefore(boundary, a);
      if (archive != null) return archive;
      int comma = boundary - 1;
      // "''We will win,'' Mr. Lee said": archives write the closing mark as two apostrophes
      if (comma > s.firstToken() && isTwoApostrophes(toks.get(comma)) && toks.get(comma - 1).is(",")) comma--;
      if (comma <= s.firstToken() || !toks.get(comma).is(",")) return null;
      return contentUpTo(s, comma, a, rule);
    }

    /** The sentence up to (not including) token {@code end} as what {@code a} attributes. */
    private Candidate contentUpTo(Sentence s, int end, Attribution a, String rule) {
      int from = afterDateline(s.firstToken(), end);
      while (from < end && ("PUNCT".equals(toks.get(from).pos()) || SourceFinder.isQuoteMark(toks.get(from)))) from++;
      // "Heart disease kills about 17.9 million people ..., according to the WHO": the tagger may miss the
      // verb of a sentence "according to" closes; a figure in it is enough there
      boolean clause = hasVerb(from, end) || ACCORDING_TO_TRAILING.equals(rule) && hasNumber(from, end);
      if (end - from < MIN_CONTENT_TOKENS || !clause || anyQuoted(from, end)) return null;
      if (FrontedAdverbial.test(toks, lexicon, from, end)) return null;
      return candidate(from, end, a, 0.6, rule);
    }

    /** "WASHINGTON (Capitol Desk) — The United States will ...": a wire dateline is not what anyone said. */
    private int afterDateline(int from, int limit) {
      for (int k = from; k < Math.min(limit, from + 12); k++) {
        Token t = toks.get(k);
        if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) return from;
        if (t.is("\u2014") || t.is("\u2013") || t.is("--") || t.is("-") && k > from) return k + 1;
        // "The plan — a tax on carbon — would fail": a dateline is a place and an agency, no lower-case word
        if (!t.isCapitalised() && !"PUNCT".equals(t.pos()) && !"NUM".equals(t.pos())) return from;
      }
      return from;
    }

    private Candidate accordingTo(Sentence s, int c) {
      Source src = sources.sourceOf(c, 2, s.firstToken(), s.endToken());
      if (src == null) src = Source.of(AccordingToPhrase.source(toks, c + 2, s.endToken()));
      if (src == null) return null;
      Attribution a = new Attribution(src, new TokenSpan(c, c + 2));
      // "... 115 violent crimes — including murder and robbery — according to FBI data": a dash sets
      // the phrase off as a comma does
      if (c > s.firstToken() + 1 && DashAside.isDash(toks.get(c - 1))) {
        return contentUpTo(s, c - 1, a, ACCORDING_TO_TRAILING);
      }
      if (c > s.firstToken() && toks.get(c - 1).is(",")) {
        int after = src.words().end();
        int rest = trimEnd(after + 1, s.endToken());
        boolean aside = after + 1 < s.endToken() && toks.get(after).is(",") && rest - (after + 1) >= 1
            && !anyQuoted(after + 1, rest);
        // "Acme paid, according to one filing, $48 million in fees": what follows the aside has no verb of
        // its own, so the aside splits one clause and the whole sentence is what the source says
        if (aside && !hasVerb(after + 1, rest) && hasVerb(s.firstToken(), c)) {
          Candidate whole = parenthetical(s, rest, a, ACCORDING_TO_LEADING);
          if (whole != null) return whole;
        }
        Candidate trailing = before(s, c, a, ACCORDING_TO_TRAILING);
        // "Over the long term, according to the budget office, the deficit will rise": a fronted phrase
        // without a verb before the aside; the whole sentence is what the source says
        if (trailing == null && aside && rest - (after + 1) >= MIN_CONTENT_TOKENS && hasVerb(after + 1, rest)) {
          return parenthetical(s, rest, a, ACCORDING_TO_LEADING);
        }
        return trailing;
      }
      // "Sales rose 5 percent in March according to the association.": no comma, but nothing after the
      // source; the phrase may run past the noun phrase the source finder took ("a poll released Monday")
      TokenSpan phrase = AccordingToPhrase.source(toks, c + 2, s.endToken());
      int phraseEnd = phrase == null ? src.words().end() : Math.max(src.words().end(), phrase.end());
      if (c > s.firstToken() && trimEnd(phraseEnd, s.endToken()) <= phraseEnd) {
        return contentUpTo(s, c, a, ACCORDING_TO_TRAILING);
      }
      int after = src.words().end();
      if (after < s.endToken() && toks.get(after).is(",")) after++;
      int end = trimEnd(after, s.endToken());
      // "According to the poll, support among Hispanics fell/NOUN to 55 percent": as for the closing
      // phrase, a figure stands in for the verb the tagger may miss
      boolean clause = hasVerb(after, end) || hasNumber(after, end);
      if (end - after >= MIN_CONTENT_TOKENS && clause && !anyQuoted(after, end)) {
        return candidate(after, end, a, 0.65, ACCORDING_TO_LEADING);
      }
      return null;
    }

    /** "X will do Y, officials said Tuesday, after ...": the content is the lead clause, not what follows. */
    private boolean contentBeforeCue(Sentence s, Source src) {
      int first = src.words().start();
      return first > s.firstToken() && commaBefore(first);
    }

    /** A comma right before token {@code i}, or a comma and the two apostrophes that close an archive's quote. */
    private boolean commaBefore(int i) {
      if (i >= 1 && toks.get(i - 1).is(",")) return true;
      // "win,''" kept as one token
      if (i >= 1 && toks.get(i - 1).text().equals(",''")) return true;
      return i >= 2 && isTwoApostrophes(toks.get(i - 1)) && toks.get(i - 2).is(",");
    }

    private static boolean isTwoApostrophes(Token t) {
      return t.text().startsWith("''");
    }

    private int skipObject(int i, int limit) {
      int k = i;
      // "told reporters he hopes ...": a pronoun in the subject case opens the content, it is no object
      while (k < limit && isObjectWord(toks.get(k)) && !(k > i && Pronouns.subjectKind(toks.get(k).text()) != 0)
          && !SecondNounPhrase.opensAt(toks, i, k)) k++;
      return k;
    }

    private static boolean isObjectWord(Token t) {
      String p = t.pos();
      return "PRON".equals(p) && !t.is("that") || "PROPN".equals(p) || "NOUN".equals(p) || "DET".equals(p) && !t.is("that")
          || "ADJ".equals(p) || "NUM".equals(p);
    }

    private int trimEnd(int from, int to) {
      int e = to;
      while (e > from && ("PUNCT".equals(toks.get(e - 1).pos()) || SourceFinder.isQuoteMark(toks.get(e - 1)))) e--;
      return e;
    }

    private boolean hasNumber(int a, int b) {
      for (int i = a; i < b; i++) if ("NUM".equals(toks.get(i).pos())) return true;
      return false;
    }

    private boolean hasVerb(int a, int b) {
      for (int i = a; i < b; i++) {
        if (SourceFinder.verbTag(toks.get(i).pos())) return true;
        // "can’t", "won’t" with a curly apostrophe stay one token the tagger may call anything
        if (isNegatedAuxiliary(toks.get(i).text())) return true;
      }
      return false;
    }

    /**
     * A verb in {@code [a, b)} other than a participle right after the noun it describes and before a
     * preposition or the end ("an affidavit filed with the court"; "planes filled the skies" is a clause).
     */
    private boolean hasClauseVerb(int a, int b) {
      for (int i = a; i < b; i++) {
        Token t = toks.get(i);
        boolean verb = SourceFinder.verbTag(t.pos()) || isNegatedAuxiliary(t.text());
        boolean afterNoun = i > a && ("NOUN".equals(toks.get(i - 1).pos()) || "PROPN".equals(toks.get(i - 1).pos()));
        boolean beforePreposition = i + 1 >= b || "ADP".equals(toks.get(i + 1).pos());
        if (verb && !("VERB".equals(t.pos()) && afterNoun && beforePreposition)) return true;
      }
      return false;
    }

    private static boolean isNegatedAuxiliary(String w) {
      return w.length() > 3 && (w.endsWith("n\u2019t") || w.endsWith("n't"));
    }

    private boolean startsWithQuote(int i) {
      return quoted[i] || SourceFinder.isQuoteMark(toks.get(i));
    }

    private boolean anyQuoted(int a, int b) {
      int n = 0;
      for (int i = a; i < b; i++) if (quoted[i]) n++;
      return n * 2 > (b - a);
    }

    private Candidate candidate(int from, int to, Attribution a, double confidence, String rule) {
      Candidate c = new Candidate(QuoteKind.INDIRECT, toks.get(from).start(), toks.get(to - 1).end(), null);
      c.attribute(a, Resolution.EXPLICIT, confidence, rule);
      return c;
    }
  }
}
