package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A person's name alone between commas, as news sets it off after a description ("The chief executive of Acme,
 * Mr Kofi Mensah, said", "Riverside Mills' finance director, Ruth Abernathy-Cole, said"): two to four capitalised
 * words, which may follow a courtesy title and be joined by hyphens. The tagger often calls a rare surname an
 * adverb or a noun, so a capitalised word counts unless its tag says it is a function word or a verb.
 */
final class SetOffName {
  private static final Set<String> NOT_NAME_TAGS = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "NUM",
      "PUNCT", "PART");

  private SetOffName() {}

  /** Whether tokens {@code [from, to)} are a name and nothing else. */
  static boolean is(List<Token> toks, int from, int to) {
    int k = from;
    // "Mr Kofi Mensah", "Dr. Ada Obi": a courtesy title before the name
    if (k < to && Titles.isHonorific(withoutStop(toks.get(k).text()))) {
      k++;
      if (k < to && toks.get(k).is(".")) k++;
    }
    int words = 0;
    for (int i = k; i < to; i++) {
      Token t = toks.get(i);
      if (i > k && joinsBarrels(toks, i, to)) continue;
      if (i > k && GluedHyphenName.isGluedPiece(toks, i)) continue;
      if (!t.isCapitalised() || NOT_NAME_TAGS.contains(SourceFinder.mainTag(t)) || Titles.isTitleWord(t.text())) {
        return false;
      }
      words++;
    }
    return words >= 2 && words <= 4;
  }

  /** "Abernathy - Cole" written without spaces: a hyphen joining the two parts of a surname. */
  private static boolean joinsBarrels(List<Token> toks, int i, int to) {
    Token t = toks.get(i);
    return t.is("-") && i + 1 < to && toks.get(i - 1).end() == t.start() && t.end() == toks.get(i + 1).start();
  }

  private static String withoutStop(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
