package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "A Bloomberg poll in June showed", "Democrats in November say": a lower-case preposition right
 * before a day or a month opens a phrase of when; the source is the noun phrase before it. After a
 * preposition even "May" and "March" are months, not a name or a verb.
 */
final class TimeAfterPreposition {
  private static final Set<String> CALENDAR =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/calendar-names.txt"));

  private TimeAfterPreposition() {}

  /** True when token {@code k} is a lower-case preposition and the word after it a day, a month or a time word. */
  static boolean at(List<Token> toks, SpeechLexicon lexicon, int k) {
    if (k < 0 || k + 1 >= toks.size()) return false;
    Token prep = toks.get(k);
    String when = toks.get(k + 1).text();
    return !prep.isCapitalised() && lexicon.isPreposition(prep.text())
        && (CALENDAR.contains(when) || lexicon.isTimeWord(when));
  }
}
