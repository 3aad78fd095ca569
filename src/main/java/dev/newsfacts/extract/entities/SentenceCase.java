package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * How the words of one sentence are written: how many there are, how many are capitalised and how many are all
 * capitals. Headlines ("Clinton Hid Past Health Problems") and lines in capitals ("EVEN OZ'S BOSS THINKS") are
 * told apart from running text by these counts, where capitals say nothing of names.
 *
 * @param words tokens that start with a letter
 * @param capitalised those of them that are capitalised
 * @param allCapitals those of them longer than one letter and written all in capitals
 */
record SentenceCase(int words, int capitalised, int allCapitals) {

  /** The counts over the whole sentence of token {@code k}. */
  static SentenceCase of(List<Token> toks, int k) {
    int sentence = toks.get(k).sentence();
    int from = k;
    while (from > 0 && toks.get(from - 1).sentence() == sentence) from--;
    int words = 0;
    int capitalised = 0;
    int allCapitals = 0;
    for (int i = from; i < toks.size() && toks.get(i).sentence() == sentence; i++) {
      Token t = toks.get(i);
      String w = t.text();
      if (!Character.isLetter(w.charAt(0))) continue;
      words++;
      if (t.isCapitalised()) capitalised++;
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) allCapitals++;
    }
    return new SentenceCase(words, capitalised, allCapitals);
  }

  /** More than half the words capitalised: a headline, where a capital says nothing of a name. */
  boolean mostlyCapitalised() {
    return capitalised * 2 > words;
  }
}
