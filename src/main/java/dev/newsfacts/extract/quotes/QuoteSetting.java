package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where or on what occasion words were said, right after the speech verb and its addressee:
 * "said in Geneva", "told a rally in Ohio", "said at a news conference", "said on CNN". The phrase is the setting of the report,
 * not part of what was reported; content starts after it.
 */
final class QuoteSetting {
  private static final Set<String> SETTING_NOUNS = WordList.set("/dev/newsfacts/lexicon/en/setting-nouns.txt");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "during", "outside", "on");
  private static final int MAX_PHRASE_WORDS = 5;
  /** "in Geneva at a forum on trade": at most this many setting phrases follow one another. */
  private static final int MAX_PHRASES = 3;

  private QuoteSetting() {}

  /**
   * The first token after the setting phrases that start at {@code from}, or {@code from} when
   * there is none. Nothing is skipped when the phrases run to {@code to}: then the words are all
   * there is.
   */
  static int skip(List<Token> toks, int from, int to) {
    int k = from;
    for (int n = 0; n < MAX_PHRASES && k < to && PLACE_PREPOSITIONS.contains(lower(toks.get(k))); n++) {
      int end = phrase(toks, k + 1, to);
      if (end < 0) break;
      k = end;
    }
    return k < to ? k : from;
  }

  /** A place name or an occasion starting at {@code from}: the token after it, or -1. */
  private static int phrase(List<Token> toks, int from, int to) {
    int k = from;
    if (k < to && "DET".equals(toks.get(k).pos()) && !toks.get(k).is("that")) k++;
    int names = k;
    while (names < to && names - from < MAX_PHRASE_WORDS && isNameWord(toks.get(names))) names++;
    if (names > k) return names;
    return commonPhrase(toks, from, to);
  }

  /** "a news conference", "an interview": determiner, modifiers and a setting noun; the token after it, or -1. */
  private static int commonPhrase(List<Token> toks, int from, int to) {
    int k = from;
    if (k >= to || !"DET".equals(toks.get(k).pos()) || toks.get(k).is("that")) return -1;
    k++;
    int last = -1;
    for (int i = k; i < to && i - from < MAX_PHRASE_WORDS; i++) {
      Token t = toks.get(i);
      String p = SourceFinder.mainTag(t);
      if (!"NOUN".equals(p) && !"ADJ".equals(p) && !"PROPN".equals(p)) break;
      if (SETTING_NOUNS.contains(lower(t))) last = i + 1;
    }
    return last;
  }

  private static boolean isNameWord(Token t) {
    return t.isCapitalised() && "PROPN".equals(SourceFinder.mainTag(t));
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
