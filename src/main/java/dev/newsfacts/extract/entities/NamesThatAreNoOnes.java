package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Capitalised runs the person step takes for people that name no one: a storm ("Typhoon Dindo"), a run opening with
 * a nationality that is no given name ("Greek Orthodox", "Islamic Holiday"),
 * and a word always followed by a number ("represents Ward 3", "Gate 4") or after an ordinal ("the 3rd Ward", "the 12th
 * Precinct"), a numbered division, not a surname; a word glued by a hyphen to a title word after it ("Deputy
 * Prosecutor-General Ann Lee") is the first half of that title.
 */
final class NamesThatAreNoOnes {
  private static final Set<String> STORM_WORDS = WordList.set("/dev/newsfacts/entities/storm-words.txt");

  private NamesThatAreNoOnes() {}

  static boolean noOne(AnnotatedText at, PersonEntry e, EntityLexicon lex, GivenNames given) {
    List<String> words = e.source.nameWords();
    String first = words.get(0);
    if (words.size() >= 2 && STORM_WORDS.contains(first.toLowerCase(Locale.ROOT))) return true;
    if (nationalityFirst(words, lex, given)) return true;
    return words.size() == 1 && (numbered(at, e) || beforeHyphenatedTitle(at, e));
  }

  /** Whether every mention is glued to a hyphen and a title word right after it ("Prosecutor" of "Prosecutor-General"). */
  private static boolean beforeHyphenatedTitle(AnnotatedText at, PersonEntry e) {
    if (e.mentions.isEmpty()) return false;
    String text = at.text();
    for (PersonMention m : e.mentions) {
      int k = m.end();
      if (k + 1 >= text.length() || text.charAt(k) != '-' || !Character.isUpperCase(text.charAt(k + 1))) return false;
      int end = k + 1;
      while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
      if (!Titles.isTitleWord(text.substring(k + 1, end))) return false;
    }
    return true;
  }

  /** Whether a name of two words or more opens with a nationality that is no given name ("Philippine Atmospheric"). */
  static boolean nationalityFirst(List<String> words, EntityLexicon lex, GivenNames given) {
    return words.size() >= 2 && lex.demonym(words.get(0)) != null && !given.isKnown(words.get(0));
  }

  /** Whether token {@code i} is followed, one space on, by a number ("Ward 3"). */
  static boolean beforeNumber(List<Token> toks, int i) {
    return i + 1 < toks.size() && toks.get(i + 1).start() - toks.get(i).end() == 1
        && Character.isDigit(toks.get(i + 1).text().charAt(0));
  }

  /** Whether every mention is the bare word right before a number ("Ward 3"). */
  private static boolean numbered(AnnotatedText at, PersonEntry e) {
    if (e.mentions.isEmpty()) return false;
    List<Token> toks = at.tokens();
    for (PersonMention m : e.mentions) {
      if (m.titleStart() != m.start()) return false;
      int b = at.tokenAtOrAfter(m.end());
      boolean beforeNumber = b < toks.size() && toks.get(b).start() - m.end() == 1 && Character.isDigit(toks.get(b).text().charAt(0));
      if (!beforeNumber && !afterOrdinal(at, m)) return false;
    }
    return true;
  }

  /** Whether the mention follows, one space on, an ordinal in figures ("3rd", "12th"). */
  private static boolean afterOrdinal(AnnotatedText at, PersonMention m) {
    int a = at.tokenAtOrAfter(m.start());
    return a < at.tokens().size() && at.tokens().get(a).start() == m.start() && afterOrdinal(at.tokens(), a);
  }

  /** Whether token {@code i} follows, one space on, an ordinal in figures ("the 3rd Ward", "the 12th Precinct"). */
  static boolean afterOrdinal(List<Token> toks, int i) {
    if (i == 0 || i >= toks.size()) return false;
    Token before = toks.get(i - 1);
    return toks.get(i).start() - before.end() == 1 && ORDINAL.matcher(before.text()).matches();
  }

  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");
}
