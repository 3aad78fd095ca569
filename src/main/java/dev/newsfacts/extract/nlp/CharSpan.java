package dev.newsfacts.extract.nlp;

/** A stretch of the article text, {@code [start, end)} in UTF-16 offsets: a paragraph, a sentence, a caption. */
public record CharSpan(int start, int end) {

  /** Whether {@code offset} falls inside this span. */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  /** The span's length in chars. */
  public int length() {
    return end - start;
  }
}
