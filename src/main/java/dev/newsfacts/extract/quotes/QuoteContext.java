package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** What the sieves of one article share: the text, its cues and sources, and the quote candidates in text order. */
final class QuoteContext {
  final AnnotatedText at;
  final List<Token> toks;
  final SpeechLexicon lexicon;
  final ClauseSources sources;
  /** The spans in quotation marks as scanned, before a quote left open is cut at its attribution. */
  final List<QuotedSpan> scanned;
  /** Captions, credits and teasers, where nobody is quoted. */
  final Boilerplate boilerplate;
  /** The people the article names (none when the caller has no index). */
  final PersonIndex people;
  /** Which tokens lie inside (or are) quotation marks of the scanned spans. */
  final boolean[] quoted;
  /** Which capitals before a colon opening a paragraph are the dateline ("KUALA LUMPUR:"), no speaker. */
  final ColonDateline datelines;
  private final List<Candidate> candidates = new ArrayList<>();

  QuoteContext(AnnotatedText at, SpeechLexicon lexicon, List<QuotedSpan> scanned, PersonIndex people,
      ColonDateline datelines) {
    this.at = at;
    this.datelines = datelines;
    this.toks = at.tokens();
    this.lexicon = lexicon;
    this.people = people;
    this.scanned = List.copyOf(scanned);
    this.quoted = quotedTokens(at, scanned);
    this.sources = new ClauseSources(at, lexicon, quoted);
    this.boilerplate = new Boilerplate(at, lexicon);
  }

  // a class of the jar, not a lambda: a cold start spins a class for each lambda it meets (~0.4 ms of CPU)
  private static final Comparator<Candidate> TEXT_ORDER = new Comparator<>() {
    @Override
    public int compare(Candidate a, Candidate b) {
      int c = Integer.compare(a.start, b.start);
      return c != 0 ? c : Integer.compare(a.end, b.end);
    }
  };

  /**
   * Whether the tokens {@code [first, colon)} open their paragraph and are its dateline before a colon ("NEW DELHI:")
   * rather than a speaker.
   */
  boolean colonDateline(int first, int colon) {
    Token t = toks.get(first);
    if (colon <= first || at.paragraphs().get(t.paragraph()).start() != t.start()) return false;
    return datelines.is(at.text().substring(t.start(), toks.get(colon - 1).end()), t.start(), people);
  }

  /** Adds candidates and keeps them in text order (stable: quoted ones first at equal spans). */
  void add(List<Candidate> found) {
    candidates.addAll(found);
    candidates.sort(TEXT_ORDER);
  }

  /** Every candidate, in text order; sieves that drop quotes remove them here. */
  List<Candidate> candidates() {
    return candidates;
  }

  /** The candidates in quotation marks, in text order. */
  List<Candidate> marked() {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) if (c.quoted()) out.add(c);
    return Collections.unmodifiableList(out);
  }

  /** Which tokens lie inside (or are) quotation marks of the given spans. */
  static boolean[] quotedTokens(AnnotatedText at, List<QuotedSpan> spans) {
    List<Token> toks = at.tokens();
    boolean[] q = new boolean[toks.size()];
    for (QuotedSpan s : spans) {
      for (int i = at.tokenAtOrAfter(s.openMark()); i < toks.size() && toks.get(i).start() < s.after(); i++) q[i] = true;
    }
    return q;
  }
}
