package dev.newsfacts.extract.quotes;

/** Tokens {@code [start, end)} of the annotated text. */
record TokenSpan(int start, int end) {
  int length() {
    return end - start;
  }
}
