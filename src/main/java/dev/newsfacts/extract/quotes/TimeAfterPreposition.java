package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;
import java.util.Set;

/**
 * "A Bloomberg poll in June showed", "Democrats in November say": a lower-case preposition right
 * before a day or a month opens a phrase of when; the source is the noun phrase before it. After a
 * preposition even "May" and "March" are months, not a name or a verb. So is a year or "the past"
 * after a preposition ("comments Trump made in 2006 saying", "who has in the past described").
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

  /**
   * "Trump made in 2006 saying", "who has in the past described": a year or "the past" after a
   * lower-case preposition, ending at token {@code j}; the index of the preposition, or -1.
   */
  static int yearOrPastEndingAt(List<Token> toks, SpeechLexicon lexicon, int j, int limit) {
    if (j < 0 || j >= toks.size()) return -1;
    Token t = toks.get(j);
    int prep;
    if (isYear(t.text())) prep = j - 1;
    else if (t.is("past") && j - 1 >= limit && toks.get(j - 1).is("the")) prep = j - 2;
    else return -1;
    if (prep < limit) return -1;
    Token p = toks.get(prep);
    return !p.isCapitalised() && lexicon.isPreposition(p.text()) ? prep : -1;
  }

  private static boolean isYear(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && CharClasses.allDigits(w);
  }
}
