package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "about KD 1.6 million", "5 million CFA francs": capitals written right before an amount, or between an amount and
 * a currency's name, are the currency's code, no body's short name.
 */
final class CurrencyCodes {
  private static final Set<String> CURRENCIES = WordList.set("/dev/newsfacts/lexicon/en/currency-words.txt");
  /** Words that scale an amount ("1.6 million"), so that the number before them is one. */
  private static final Set<String> SCALES = WordList.set("/dev/newsfacts/lexicon/en/amount-scale-words.txt");

  private CurrencyCodes() {}

  /** Whether the acronym at token {@code i} stands before an amount or between an amount and a currency word. */
  static boolean isCode(List<Token> toks, int i) {
    return beforeAmount(toks, i) || afterAmountBeforeCurrency(toks, i);
  }

  /** "KD 1.6 million", "KD 700,000": a number with a decimal point, a thousands comma or a scale word after it. */
  private static boolean beforeAmount(List<Token> toks, int i) {
    if (i + 1 >= toks.size() || toks.get(i + 1).sentence() != toks.get(i).sentence()) return false;
    String n = toks.get(i + 1).text();
    if (n.isEmpty() || !Character.isDigit(n.charAt(0))) return false;
    if (n.indexOf('.') > 0 || n.indexOf(',') > 0) return true;
    return i + 2 < toks.size() && toks.get(i + 2).sentence() == toks.get(i).sentence() && SCALES.contains(toks.get(i + 2).text());
  }

  /** "5 million CFA francs", "300 CFA francs": the currency's word follows and an amount stands before. */
  private static boolean afterAmountBeforeCurrency(List<Token> toks, int i) {
    if (i == 0 || i + 1 >= toks.size() || !CURRENCIES.contains(toks.get(i + 1).text())) return false;
    String before = toks.get(i - 1).text();
    return !before.isEmpty() && (Character.isDigit(before.charAt(before.length() - 1)) || SCALES.contains(before));
  }
}
