package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a figure counts when nothing follows it but the clause's subject says it: "the number of job vacancies
 * fell by 9,000 to 717,000", "Measles cases in a West Texas outbreak rose to 327", "The unemployment rate
 * rose to 5.0 percent". The figure comes right after a verb of change or level (and "by", "to", "at"), and the
 * unit is the noun phrase that opens the clause, without "the number of". The level may be set off after the change
 * and its time ("rose by 23% in 2025, to 61,400").
 */
final class ChangeSubjects {
  private static final Set<String> VERBS = WordList.set("/dev/newsfacts/lexicon/en/change-verbs.txt");
  /** Words between the verb and the figure: "fell by 9,000 to", "stood at about". */
  private static final Set<String> BETWEEN = WordList.set("/dev/newsfacts/lexicon/en/change-verb-to-figure-words.txt");
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "its", "their", "this", "that", "these", "those");
  private static final Set<String> COUNT_NOUNS = WordList.set("/dev/newsfacts/lexicon/en/count-nouns.txt");
  private static final Set<String> SET_OFF_TIME = WordList.set("/dev/newsfacts/lexicon/en/set-off-level-time-words.txt");
  private static final Set<String> MONTHS = WordList.set("/dev/newsfacts/lexicon/en/time-words.txt");
  private static final int MAX_BETWEEN = 6;

  private ChangeSubjects() {}

  /** The subject noun phrase for the figure starting at {@code figureStart}, or null when the pattern does not hold. */
  static String unit(AnnotatedText at, int figureStart) {
    List<Token> toks = at.tokens();
    int k = at.tokenAtOrAfter(figureStart) - 1;
    if (k < 0) return null;
    int sentence = toks.get(k).sentence();
    int steps = 0;
    // back over "by 9,000 to" and similar, to the verb
    boolean setOff = false;
    while (k >= 0 && toks.get(k).sentence() == sentence && steps < MAX_BETWEEN && !isVerb(toks.get(k))) {
      Token t = toks.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!setOff && w.equals(",") && k + 1 < toks.size() && toks.get(k + 1).is("to")) {
        // "rose by 23% in 2025, to 61,400": the level set off after the change and its time, once, from a fresh count
        setOff = true;
        steps = 0;
      } else if (!BETWEEN.contains(w) && !"NUM".equals(t.pos()) && !isFigurePart(t)
          && !(setOff && SET_OFF_TIME.contains(w) || setOff && MONTHS.contains(w))) {
        return null;
      }
      k--;
      steps++;
    }
    if (k < 0 || toks.get(k).sentence() != sentence || !isVerb(toks.get(k))) return null;
    int verb = k;
    // the clause start: the sentence start, a comma, a semicolon or "that"
    int start = verb - 1;
    while (start >= 0 && toks.get(start).sentence() == sentence && !opensClause(toks.get(start))) start--;
    start++;
    // "…, while deaths involving cocaine rose by 11% to 1,279": past the conjunction that opens the clause
    while (start < verb && (OPENERS.contains(toks.get(start).text().toLowerCase(Locale.ROOT))
        || "ADV".equals(toks.get(start).pos()) || "SCONJ".equals(toks.get(start).pos())
        || "CCONJ".equals(toks.get(start).pos()))) start++;
    if (start + 1 < verb && COUNT_NOUNS.contains(toks.get(start).text().toLowerCase(Locale.ROOT))
        && toks.get(start + 1).is("of")) {
      start += 2;
      while (start < verb && OPENERS.contains(toks.get(start).text().toLowerCase(Locale.ROOT))) start++;
    }
    int end = start;
    while (end < verb && isNounWord(toks.get(end))) end++;
    if (end == start || !"NOUN".equals(base(toks.get(end - 1).pos())) && !"PROPN".equals(base(toks.get(end - 1).pos()))) {
      return headBefore(at, toks, start, verb);
    }
    return at.text().substring(toks.get(start).start(), toks.get(end - 1).end());
  }

  /**
   * "The city's 24-hour average Air Quality Index (AQI) stood at 428": when the clause does not open with its noun
   * phrase (a possessive, a number, a hyphen the tagger splits), the nouns right before the verb, past an
   * abbreviation in brackets; null when there are none.
   */
  private static String headBefore(AnnotatedText at, List<Token> toks, int clauseStart, int verb) {
    int end = verb;
    if (end - 3 >= clauseStart && toks.get(end - 1).text().equals(")") && toks.get(end - 3).text().equals("(")) end -= 3;
    int start = end;
    while (start > clauseStart && isNounWord(toks.get(start - 1))) start--;
    // "24-hour average …": the word a hyphen joins to a number is no part of the head
    if (start < end && start > clauseStart && toks.get(start - 1).text().equals("-")) start++;
    if (start == end || !"NOUN".equals(base(toks.get(end - 1).pos())) && !"PROPN".equals(base(toks.get(end - 1).pos()))) {
      return null;
    }
    return at.text().substring(toks.get(start).start(), toks.get(end - 1).end());
  }

  private static boolean isVerb(Token t) {
    return VERBS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isFigurePart(Token t) {
    String w = t.text();
    // "rose by 6 per cent to 3,918": the two-word "per cent" of British, Irish, Indian and Australian copy too
    return w.equals("$") || w.equals("%") || w.equals("£") || w.equals("€") || w.equalsIgnoreCase("percent")
        || w.equalsIgnoreCase("per") || w.equalsIgnoreCase("cent") || w.equalsIgnoreCase("million") || w.equalsIgnoreCase("billion") || w.equals("-");
  }

  private static boolean opensClause(Token t) {
    return t.text().equals(",") || t.text().equals(";") || t.text().equals(":") || t.is("that") || t.text().equals("—");
  }

  private static boolean isNounWord(Token t) {
    String p = base(t.pos());
    return (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ")) && Character.isLetter(t.text().charAt(0));
  }

  private static String base(String pos) {
    int plus = pos.indexOf('+');
    return plus < 0 ? pos : pos.substring(0, plus);
  }
}
