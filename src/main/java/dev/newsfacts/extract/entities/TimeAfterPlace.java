package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "a tourism expo in Savusavu next week", "sessions in Kojup later this month": a time phrase right after a name that
 * follows "in" says where and when something happens, so the name is a place, as a clause's end after it would.
 */
final class TimeAfterPlace {
  /** Stretches of time that "last", "next", "this" or "past" before them make a date ("next week"). */
  private static final Set<String> PERIODS = WordList.set("/dev/newsfacts/lexicon/en/period-nouns.txt");
  private static final Set<String> DEICTIC = Set.of("last", "next", "this", "past");
  private static final Set<String> RELATIVE = Set.of("later", "earlier");
  private static final Set<String> DAYS = Set.of("yesterday", "today", "tonight", "overnight");

  private TimeAfterPlace() {}

  /** Whether a time phrase of the sentence of token {@code a} opens at token {@code b}. */
  static boolean opensAt(List<Token> toks, int a, int b) {
    if (b >= toks.size() || toks.get(b).sentence() != toks.get(a).sentence() || toks.get(b).isCapitalised()) return false;
    Token t = toks.get(b);
    if (DAYS.contains(t.text())) return true;
    boolean next = b + 1 < toks.size() && toks.get(b + 1).sentence() == t.sentence();
    if (RELATIVE.contains(t.text())) {
      // "later this month", "earlier in the week"; not "later said"
      return next && (toks.get(b + 1).is("this") || toks.get(b + 1).is("in") || toks.get(b + 1).is("on")
          || toks.get(b + 1).is("that") || toks.get(b + 1).pos().equals("PUNCT"));
    }
    return DEICTIC.contains(t.text()) && next && PERIODS.contains(toks.get(b + 1).text());
  }
}
