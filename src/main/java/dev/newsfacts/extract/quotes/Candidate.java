package dev.newsfacts.extract.quotes;

import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;

/**
 * A quote before its speaker is named: the span, and the source words and cue found for it
 * (token ranges, {@code null} when not found).
 */
final class Candidate {
  final QuoteKind kind;
  final int start;
  final int end;
  final QuotedSpan marks;
  int[] source;
  int[] cue;
  Resolution how = Resolution.NONE;
  double confidence;

  Candidate(QuoteKind kind, int start, int end, QuotedSpan marks) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.marks = marks;
  }

  boolean attributed() {
    return source != null;
  }

  void attribute(int[] source, int[] cue, Resolution how, double confidence) {
    this.source = source;
    this.cue = cue;
    this.how = how;
    this.confidence = confidence;
  }
}
