package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Harbor Tools Inc. (NYSE: HBT)", "Kestrel Mining (ASX: KSM)": the capitals after an exchange's name and a colon in
 * brackets are the firm's ticker symbol, no organisation of their own (the exchange before the colon stays one).
 */
final class TickerSymbols {
  private TickerSymbols() {}

  /** Whether token {@code a} follows "(", a capitalised word and ":" and ends the bracket or a list of tickers. */
  static boolean isTicker(List<Token> toks, int a) {
    if (a < 3 || a + 1 >= toks.size() || !toks.get(a - 1).is(":") || !toks.get(a - 3).is("(")) return false;
    String exchange = toks.get(a - 2).text();
    Token next = toks.get(a + 1);
    return !exchange.isEmpty() && Character.isUpperCase(exchange.charAt(0)) && (next.is(")") || next.is(";") || next.is(","));
  }
}
