package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * Name rules the entity step's person index adds to the quote step's (which keeps its own, so quote
 * attribution does not move): a capitalised word the tagger calls a verb inside a sentence written in
 * ordinary case is a name ("polls showing Trump leading", "Trump’s view"), while a headline in title
 * case ("Lawmakers Rip Donald Trump As A Fraud") keeps its verbs out, and its names start at a given name.
 */
final class NewsNameRules {
  private final boolean[] titleCaseSentence;
  /** Words a title-case headline leaves in lower case ("as", "a", "of"). */
  private static final java.util.Set<String> HEADLINE_LOWER_CASE =
      dev.newsfacts.extract.lexicon.WordList.set("/dev/newsfacts/lexicon/en/headline-lowercase-words.txt");

  private NewsNameRules(boolean[] titleCaseSentence) {
    this.titleCaseSentence = titleCaseSentence;
  }

  static NewsNameRules of(AnnotatedText at) {
    int n = at.sentences().size();
    int[] words = new int[n];
    int[] capitalised = new int[n];
    boolean[] running = new boolean[n];
    for (Token t : at.tokens()) {
      if (t.sentence() < 0 || t.sentence() >= n || t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) continue;
      words[t.sentence()]++;
      if (Character.isUpperCase(t.text().charAt(0))) capitalised[t.sentence()]++;
      else if (!HEADLINE_LOWER_CASE.contains(t.text())) running[t.sentence()] = true;
    }
    boolean[] title = new boolean[n];
    // more than half of the words capitalised and none in lower case but a headline's small words: a headline, where
    // a capital says nothing about a name ("Foreign Minister Wang Yi met ..." is running text full of names)
    for (int s = 0; s < n; s++) title[s] = words[s] >= 3 && 2 * capitalised[s] > words[s] && !running[s];
    return new NewsNameRules(title);
  }

  /**
   * "Lawmakers Rip Donald Trump" in a title-case headline: the name starts at the known given name nearest its end
   * when the words before it are none; elsewhere, and when no word is a given name, the run is kept whole.
   */
  NameMention fromGivenName(AnnotatedText at, NameMention m, GivenNames given) {
    List<Token> toks = at.tokens();
    int first = m.firstToken();
    int n = m.endToken() - first;
    Token t = toks.get(first);
    if (n < 3 || m.words().size() != n || t.sentence() < 0 || t.sentence() >= titleCaseSentence.length
        || !titleCaseSentence[t.sentence()] || given.isKnown(m.words().get(0))) {
      return m;
    }
    for (int k = n - 2; k >= 1; k--) {  // the given name nearest the surname: "Rip" is one too
      if (given.isKnown(m.words().get(k))) {
        Token s = toks.get(first + k);
        return new NameMention(first + k, m.endToken(), s.start(), m.end(), List.copyOf(m.words().subList(k, n)), "",
            s.start());
      }
    }
    return m;
  }

  /**
   * Lone words paired with a named person ("Clinton and Trump are tied", "Trump or Clinton", "Obama, Clinton"),
   * where the other one is a full name with a known given name or such a name's surname: people too, though the
   * article never gives their given name.
   */
  static java.util.Set<String> pairedWithPeople(AnnotatedText at, List<NameMention> runs, GivenNames given) {
    java.util.Set<String> surnames = new java.util.HashSet<>();
    for (NameMention m : runs) {
      if (m.words().size() >= 2 && given.isKnown(m.words().get(0))) surnames.add(m.words().get(m.words().size() - 1));
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    String text = at.text();
    for (int i = 0; i + 1 < runs.size(); i++) {
      NameMention a = runs.get(i);
      NameMention b = runs.get(i + 1);
      if (b.titleStart() < a.end()) continue;
      String between = text.substring(a.end(), b.titleStart());
      if (!between.equals(" and ") && !between.equals(" or ") && !between.equals(", ")) continue;
      if (a.words().size() == 1 && named(b, surnames)) out.add(a.words().get(0));
      if (b.words().size() == 1 && named(a, surnames)) out.add(b.words().get(0));
    }
    return out;
  }

  private static boolean named(NameMention m, java.util.Set<String> surnames) {
    return surnames.contains(m.words().get(m.words().size() - 1));
  }

  /** A capitalised verb that is a name: inside an ordinary sentence, not opening it or a quotation. */
  boolean capitalisedVerbIsName(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (!"VERB".equals(t.pos()) && !"AUX".equals(t.pos())) return false;
    String w = t.text();
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) return false;
    if (t.sentence() >= 0 && t.sentence() < titleCaseSentence.length && titleCaseSentence[t.sentence()]) return false;
    if (i == 0 || toks.get(i - 1).sentence() != t.sentence()) return false;
    String prev = toks.get(i - 1).text();
    // "the League to Save Lake Tahoe", "Campaign to Protect Rural England": an infinitive inside a body's name
    if (prev.equals("to") && i >= 2 && toks.get(i - 2).sentence() == t.sentence() && toks.get(i - 2).isCapitalised()) {
      return false;
    }
    return !(prev.equals("\"") || prev.equals("“") || prev.equals("‘") || prev.equals("'") || prev.equals(":")
        || prev.equals("(") || prev.equals("—") || prev.equals("-") || prev.equals("–"));
  }
}
