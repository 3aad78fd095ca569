package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * Finds the source of a cue inside a stretch of tokens: the subject of the cue verb, the
 * inverted subject after it, the noun phrase after "according to", or for a participle
 * ("..., calling it") the subject of the clause it hangs from.
 */
final class ClauseSources {
  private final AnnotatedText at;
  private final List<Token> toks;
  private final SourceFinder finder;
  private final SpeechLexicon lexicon;
  final Cues cues;

  private final boolean[] quoted;

  ClauseSources(AnnotatedText at, SpeechLexicon lexicon, boolean[] quoted) {
    this.at = at;
    this.quoted = quoted;
    this.toks = at.tokens();
    this.finder = new SourceFinder(toks, lexicon);
    this.lexicon = lexicon;
    this.cues = new Cues(toks, lexicon);
  }

  List<Token> tokens() {
    return toks;
  }

  /** Source of the cue at {@code c}, searching within {@code [from, to)}; null if none. */
  Source sourceOf(int c, int cueLen, int from, int to) {
    if (cues.isAccordingTo(c)) {
      return MessageSender.widen(toks, lexicon, finder, finder.subjectAfter(c + 1, to), to);
    }
    if (cues.isParticiple(c)) {
      return clauseSubject(c, from);
    }
    if (isPassiveWithAgent(c, to)) {
      return Source.of(finder.subjectAfter(c + 1, to)); // "Sanders was asked by host Bill Maher"
    }
    TokenSpan controlled = ObjectControl.source(toks, finder, c, from);
    if (controlled != null) return Source.of(controlled);
    Source s = subjectOrSender(c, from);
    if (s == null && !leftIsWord(c, from) && cues.invertible(c)) {
      TokenSpan after = finder.subjectAfter(c, to);
      if (!ReportedClauseSubject.test(toks, after) || after != null && InvertedAfterQuote.at(toks, c)) {
        s = AppositiveName.extend(toks, after, to);
      }
    }
    if (s == null && (leftIsVerbLink(c) || CoordinatedPredicate.at(toks, lexicon, c, from))) s = clauseSubject(c, from);
    return s;
  }

  /** First cue in {@code [from, to)} that has a source, within the sentence it starts in. */
  Attribution firstAttribution(int from, int to) {
    for (int c = from; c < to; c++) {
      if (isSentenceEnd(c)) break;
      int len = cues.cueAt(c, false);
      if (len == 0) continue;
      Source src = sourceOf(c, len, from, to);
      if (src != null) return new Attribution(src, new TokenSpan(c, c + len));
    }
    return null;
  }

  /** Last cue in {@code [from, to)} that has a source, if no sentence ends between it and {@code to}. */
  Attribution lastAttribution(int from, int to) {
    int fronted = FrontedClauseCue.end(toks, lexicon, quoted, to);
    for (int c = to - 1; c >= from; c--) {
      // "When Trump announced his run, he called them "criminals"": the fronted clause's cue sets the scene
      if (c < fronted) return null;
      int len = cues.cueAt(c, false);
      if (len == 0) continue;
      // a cue in an earlier sentence that ended with a full stop attributes that sentence, not this quote
      if (endsSentenceBetween(c + len, to)) return null;
      Source src = sourceOf(c, len, from, to);
      if (src != null) return new Attribution(src, new TokenSpan(c, c + len));
    }
    return null;
  }

  private boolean endsSentenceBetween(int from, int to) {
    for (int k = from; k < to; k++) if (isSentenceEnd(k)) return true;
    return false;
  }

  /** A full stop, question or exclamation mark, but not the stop of "Sen." or of an initial in a name. */
  private boolean isSentenceEnd(int k) {
    Token t = toks.get(k);
    return t.is(".") && !AbbreviationDot.at(toks, k) || t.is("!") || t.is("?");
  }

  private boolean isPassiveWithAgent(int c, int to) {
    if (c == 0 || c + 1 >= to || !toks.get(c + 1).is("by")) return false;
    return Cues.isPassiveBe(toks.get(c - 1));
  }

  /** The subject before the cue; for "Mackler issued a statement saying ..." whoever sent the message. */
  private Source subjectOrSender(int c, int from) {
    Source s = finder.subjectBefore(c, from);
    if (s != null && (isSentMessage(s.words(), from) || SentMessageRelative.at(toks, lexicon, s, from))) {
      Source sender = clauseSubject(c, from);
      if (sender != null) return sender;
    }
    return s;
  }

  /** A message noun that is the object of a verb ("issued a statement", "posted a video"). */
  private boolean isSentMessage(TokenSpan np, int from) {
    if (np.start() - 1 < from || !lexicon.isMessageNoun(toks.get(np.end() - 1).text())) return false;
    int v = np.start() - 1;
    // "His office put out a statement saying": a particle stands between the verb and the message
    if (toks.get(v).is("out") && v - 1 >= from) v--;
    return "VERB".equals(toks.get(v).pos());
  }

  /**
   * "Netanyahu rallied supporters by warning that", "Clinton would do better to say that", "Lee
   * praised the plan but argued that": the cue shares the subject of the clause before it.
   */
  private boolean leftIsVerbLink(int c) {
    if (c == 0) return false;
    // "but in a later interview said": the link stands before the phrase of the occasion
    int occasion = OccasionPhrase.start(toks, c - 1, 0);
    int k = occasion >= 0 ? occasion - 1 : c - 1;
    if (k < 0) return false;
    Token t = toks.get(k);
    return t.is("to") || t.is("by") || t.is("and") || t.is("but") || t.is("in") || t.is("while") || t.is("when") || t.is("after")
        || t.is("before") || t.is("also") || t.is("then");
  }

  /** True when a word (not punctuation or a quote mark) stands right before {@code c} in range. */
  private boolean leftIsWord(int c, int from) {
    if (c - 1 < from) return false;
    Token t = toks.get(c - 1);
    return !"PUNCT".equals(t.pos()) && !SourceFinder.isQuoteMark(t);
  }

  /** The subject of the clause a participle hangs from: an earlier cue's source, or the noun phrase before the first verb. */
  private Source clauseSubject(int c, int from) {
    Sentence s = at.sentences().get(toks.get(c).sentence());
    // the clause may have begun before a quotation ("X visited NBC's "Today" ..., saying"): look past it
    int start = quoted[c] ? Math.max(s.firstToken(), from) : s.firstToken();
    // "After the union said it would strike, the company released a statement calling ...": the main clause's
    // subject first, the fronted clause's only when the main clause shows none
    int fronted = FrontedClauseCue.end(toks, lexicon, quoted, c);
    Source main = fronted >= start ? clauseSubjectFrom(c, fronted + 1) : null;
    return main != null ? main : clauseSubjectFrom(c, start);
  }

  /** The subject of the clause the participle at {@code c} hangs from, looking no further back than {@code lo}. */
  private Source clauseSubjectFrom(int c, int lo) {
    for (int k = c - 2; k >= lo; k--) {
      if (quoted[k]) continue;
      int len = cues.cueAt(k, false);
      if (len > 0 && !cues.isParticiple(k) && !leftIsVerbLink(k)) {
        Source src = subjectOrSender(k, lo);
        if (src == null && !leftIsWord(k, lo)) src = Source.of(finder.subjectAfter(k, c));
        if (src != null) return src;
      }
    }
    if (c - 1 > lo && (toks.get(c - 1).is(",") || toks.get(c - 1).is("by"))) {
      Source main = MainClauseSubject.find(toks, finder, quoted, lo, c - 1);
      if (main != null) return main;
    }
    // the clause it hangs from: the nearest verb before it whose subject is a noun phrase
    for (int v = c - 2; v > lo; v--) {
      Token t = toks.get(v);
      if (quoted[v] || !"VERB".equals(t.pos())) continue;
      int before = v - 1;
      // "Weaver didn’t seem impressed": a negated auxiliary with a curly apostrophe stays one token of any tag
      while (before > lo && ("ADV".equals(toks.get(before).pos()) || "AUX".equals(toks.get(before).pos())
          || toks.get(before).is("not") || isNegatedAuxiliary(toks.get(before).text()))) before--;
      Token head = toks.get(before);
      if (head.is("it") || head.is("that") || head.is("which") || head.is("who")) continue;
      // "Gary Lee, a former party chairman, became a delegate and said ...": the subject before an appositive
      if (head.is(",")) {
        Source appositive = AppositiveSubject.before(finder, before, v, lo);
        if (appositive != null) return appositive;
        continue;
      }
      TokenSpan np = finder.npEndingAt(before, lo);
      if (np != null) np = LocatedSubject.widen(toks, np, lo, k -> finder.npEndingAt(k, lo));
      if (np != null && !(np.start() > lo && "ADP".equals(toks.get(np.start() - 1).pos()))) return Source.of(np);
    }
    return null;
  }

  private static boolean isNegatedAuxiliary(String w) {
    return w.length() > 3 && (w.endsWith("n\u2019t") || w.endsWith("n't"));
  }

  /** The noun phrase ending at token {@code last}, not reaching before {@code limit}; null if none. */
  TokenSpan npEndingAt(int last, int limit) {
    return finder.npEndingAt(last, limit);
  }

  /** The subject of the sentence {@code s}: the noun phrase before its first verb outside quotation marks. */
  TokenSpan sentenceSubject(Sentence s) {
    return sentenceSubject(s, false);
  }

  /**
   * As {@link #sentenceSubject(Sentence)}, and also a name set off by an apposition before that verb ("Helen Carver,
   * 71, of Bedford, has been waiting"): the person a later pronoun goes on from. Not for the sieves, where a subject
   * so far from the verb is weaker evidence than the name nearest a quote.
   */
  TokenSpan subjectPastApposition(Sentence s) {
    return sentenceSubject(s, true);
  }

  private TokenSpan sentenceSubject(Sentence s, boolean pastApposition) {
    int main = MainClauseStart.of(toks, lexicon, quoted, s);
    TokenSpan np = main > s.firstToken() ? firstSubject(main, s.endToken(), pastApposition) : null;
    return np != null ? np : firstSubject(s.firstToken(), s.endToken(), pastApposition);
  }

  private TokenSpan firstSubject(int lo, int end, boolean pastApposition) {
    for (int v = lo + 1; v < end; v++) {
      Token t = toks.get(v);
      if (quoted[v]) return null;
      if (!"VERB".equals(t.pos()) && !"AUX".equals(t.pos())) continue;
      int before = v - 1;
      while (before > lo && "ADV".equals(toks.get(before).pos())) before--;
      TokenSpan np = finder.npEndingAt(before, lo);
      if (np == null && pastApposition && toks.get(before).is(",")) {
        Source apposed = AppositiveSubject.before(finder, before, v, lo);
        np = apposed == null ? null : apposed.words();
      }
      if (np == null || np.start() > lo && "ADP".equals(toks.get(np.start() - 1).pos())) return null;
      return np;
    }
    return null;
  }
}
