package dev.newsfacts.eval;

import java.util.List;

/** {@code [start, end)}, end exclusive; code points or UTF-16 units depending on where it is used. */
record Span(int start, int end) implements Comparable<Span> {
  int length() {
    return end - start;
  }

  /** Units of {@code [a, b)} inside these fragments, summed over the fragments. */
  static int overlap(List<Span> frags, int a, int b) {
    int sum = 0;
    for (Span f : frags) sum += Math.max(0, Math.min(b, f.end) - Math.max(a, f.start));
    return sum;
  }

  static int length(List<Span> frags) {
    int sum = 0;
    for (Span f : frags) sum += f.length();
    return sum;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
