package dev.newsfacts.extract.quotes;

import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;

/**
 * A quote before its speaker is named: the span (character offsets), the quotation marks it came
 * from ({@code null} for reported speech), and once a sieve decides, the source, the cue and the
 * name of the sieve.
 */
final class Candidate {
  final QuoteKind kind;
  final int start;
  final int end;
  final QuotedSpan marks;
  Source source;
  TokenSpan cue;
  Resolution how = Resolution.NONE;
  double confidence;
  String rule;
  /** Decided to have no speaker (a question put by someone unnamed): later sieves leave it alone. */
  private boolean unattributable;

  Candidate(QuoteKind kind, int start, int end, QuotedSpan marks) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.marks = marks;
  }

  boolean attributed() {
    return source != null;
  }

  boolean quoted() {
    return marks != null;
  }

  void attribute(Attribution a, Resolution how, double confidence, String rule) {
    if (unattributable) return;
    this.source = a.source();
    this.cue = a.cue();
    this.how = how;
    this.confidence = confidence;
    this.rule = rule;
  }

  /** Leaves the quote without a speaker for good, as the sieve {@code rule} decided. */
  void leaveUnattributed(String rule) {
    this.unattributable = true;
    this.rule = rule;
  }

  boolean unattributable() {
    return unattributable;
  }

  /** Takes the speaker another quote was given, as the sieve {@code rule} decided. */
  void inherit(Candidate from, Resolution how, double confidence, String rule) {
    attribute(new Attribution(from.source, from.cue), how, confidence, rule);
  }
}
