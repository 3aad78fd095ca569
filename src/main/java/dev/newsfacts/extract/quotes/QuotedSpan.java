package dev.newsfacts.extract.quotes;

/**
 * Words between a pair of quotation marks (marks excluded, white space trimmed).
 *
 * @param openMark offset of the opening mark
 * @param closeMark offset of the closing mark, or -1 when the paragraph ended first (a quote
 *     that runs on into the next paragraph, or an unbalanced mark)
 */
public record QuotedSpan(int start, int end, int openMark, int closeMark, int paragraph) {
  public boolean closed() {
    return closeMark >= 0;
  }

  /** Offset just after the closing mark, or the span end when unclosed. */
  public int after() {
    return closed() ? closeMark + 1 : end;
  }
}
