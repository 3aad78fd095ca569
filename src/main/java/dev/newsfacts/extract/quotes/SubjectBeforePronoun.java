package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;
import java.util.List;

/**
 * "Bush went after Trump at the debate, when he called the businessman "unhinged"", "Trump cited
 * "Obama-Clinton" policies, which he said had harmed the economy": of the people a sentence names before
 * its pronoun, the one named first as a subject (not a possessor, "Trump's rival", nor the object of a
 * preposition, "a clip of Hassan") is who the pronoun means; a later name is most often an object.
 */
final class SubjectBeforePronoun {
  private SubjectBeforePronoun() {}

  /**
   * Of {@code candidates} (people with a mention in {@code [from, to)}), the one with the earliest mention
   * there that reads as a subject, or null when none does.
   */
  static Person first(List<Token> toks, List<Person> candidates, int from, int to) {
    Person best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Person p : candidates) {
      for (NameMention m : p.mentions()) {
        if (m.start() < from || m.end() > to || m.start() >= bestStart) continue;
        if (asSubject(toks, m, to)) {
          best = p;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  private static boolean asSubject(List<Token> toks, NameMention m, int to) {
    // "Alaska Gov.": a title the name step took for a name is nobody
    String lastWord = m.words().isEmpty() ? "" : m.words().get(m.words().size() - 1);
    if (Titles.isTitleWord(lastWord) || Titles.isTitleWord(lastWord.replace(".", ""))) return false;
    if (insideQuotation(toks, m.firstToken(), to)) return false;
    if (possessive(toks.get(m.endToken() - 1).text())) return false;
    if (m.endToken() < toks.size()) {
      Token next = toks.get(m.endToken());
      if (possessive(next.text()) || next.is("'") || next.is("’")) return false;
    }
    int before = m.firstToken() - 1;
    // "Sen. Ted Cruz": step back over a title to the word before it
    while (before >= 0 && (toks.get(before).is(".") || toks.get(before).isCapitalised() && "PROPN".equals(toks.get(before).pos()))
        && toks.get(before).sentence() == toks.get(m.firstToken()).sentence()) {
      before--;
    }
    if (before < 0) return true;
    String tag = toks.get(before).pos();
    if ("ADP".equals(tag)) return false;
    // "did not mention Marco Rubio or ...": after a verb a name is its object, unless a verb of its own
    // follows ("said Grassley could lose")
    if (!"VERB".equals(tag)) return true;
    if (m.endToken() >= toks.size()) return false;
    String next = toks.get(m.endToken()).pos();
    return "VERB".equals(next) || "AUX".equals(next);
  }

  private static boolean possessive(String w) {
    return w.endsWith("'s") || w.endsWith("’s");
  }

  /**
   * '"Bush got fewer votes than Gore," he points out': a name inside the quoted words is not who speaks;
   * inside them when an odd number of quotation marks stands before it in its sentence or between it and
   * the pronoun at offset {@code to}.
   */
  private static boolean insideQuotation(List<Token> toks, int k, int to) {
    int sentence = toks.get(k).sentence();
    int before = 0;
    for (int i = k - 1; i >= 0 && toks.get(i).sentence() == sentence; i--) if (SourceFinder.isQuoteMark(toks.get(i))) before++;
    int after = 0;
    for (int i = k + 1; i < toks.size() && toks.get(i).start() < to; i++) if (SourceFinder.isQuoteMark(toks.get(i))) after++;
    return before % 2 == 1 || after % 2 == 1;
  }
}
