package dev.newsfacts.extract.nlp;

/** A token with its offsets in the article, its UD POS tag, and where it sits. */
public record Token(int index, int start, int end, String text, String pos, int sentence, int paragraph) {
  public boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
