package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A portfolio of two parts joined by "and" ("Minister of Electricity and Energy Lindiwe Mahlangu", "Secretary of
 * Health and Human Services Xavier Becerra"): the second part is the office's too, so the name starts after it. Only
 * where two name words still follow, so that "the Minister of Health and John Smith" keeps John Smith apart.
 */
final class PortfoliosWithAnd {
  /** Words that go on a portfolio after its first word ("Affairs", "Services"). */
  private static final Set<String> PORTFOLIO = WordList.set("/dev/newsfacts/lexicon/en/portfolio-words.txt");

  private PortfoliosWithAnd() {}

  /**
   * Whether the "and" at {@code j} joins a second portfolio to the run {@code from}..{@code j}: the run is a title,
   * its "of" or "for" and capitalised words, and after the "and" come one capitalised word, maybe portfolio words,
   * then at least two name words of the same sentence.
   */
  static boolean goesOn(List<Token> toks, int from, int j) {
    if (j >= toks.size() || !(toks.get(j).is("and") || toks.get(j).is("&"))) return false;
    int of = -1;
    for (int k = from + 1; k < j; k++) {
      if ((toks.get(k).is("of") || toks.get(k).is("for")) && Titles.isTitleWord(toks.get(k - 1).text())) of = k;
    }
    if (of < 0 || of + 1 >= j) return false;
    for (int k = of + 1; k < j; k++) if (!toks.get(k).isCapitalised()) return false;
    int k = afterSecondPart(toks, j, toks.size());
    if (k == j) return false;
    int names = 0;
    while (k < toks.size() && names < 2 && toks.get(k).sentence() == toks.get(j).sentence() && nameWord(toks.get(k))) {
      names++;
      k++;
    }
    return names == 2;
  }

  /**
   * Where the second portfolio that the "and" at {@code k} opens ends (its first word and the portfolio words after
   * it), before {@code to}; {@code k} when no "and" and capitalised word are there.
   */
  static int afterSecondPart(List<Token> toks, int k, int to) {
    if (k + 1 >= to || !(toks.get(k).is("and") || toks.get(k).is("&"))) return k;
    // "Minister for Sustainability and the Environment Grace Fu": the second portfolio may take "the"
    int first = toks.get(k + 1).is("the") ? k + 2 : k + 1;
    if (first >= to || !toks.get(first).isCapitalised() || Titles.isTitleWord(toks.get(first).text())) return k;
    int e = first + 1;
    while (e < to && PORTFOLIO.contains(toks.get(e).text().toLowerCase(Locale.ROOT))) e++;
    return e;
  }

  private static boolean nameWord(Token t) {
    String w = t.text();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
        && !Titles.isTitleWord(w) && !PORTFOLIO.contains(w.toLowerCase(Locale.ROOT));
  }
}
