package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full names an article writes, by their last word, so that a speaker named by surname alone
 * ("Okafor said") takes the full name written elsewhere ("Paul Okafor, the minister"). News copy
 * names a person in full once, then by surname; a surname two full names share stays as it is.
 */
final class KnownNames {
  private static final int MAX_NAME_WORDS = 3;
  private final Map<String, Set<String>> byLastWord = new HashMap<>();

  KnownNames(AnnotatedText at, PersonIndex people) {
    if (people != null) {
      for (Person p : people.persons()) if (p.nameWords().size() >= 2) add(p.nameWords());
    }
    List<Token> toks = at.tokens();
    String text = at.text();
    for (int i = 0; i < toks.size(); ) {
      // "Melissa Mark-Viverito": a hyphenated name split by the tokenizer is one word of the run
      List<String> run = new ArrayList<>();
      int end = i;
      while (end < toks.size() && toks.get(end).sentence() == toks.get(i).sentence()) {
        TokenSpan hyphenated = HyphenatedName.around(toks, end);
        if (hyphenated.length() > 1 && hyphenated.start() == end
            && toks.get(hyphenated.end() - 1).sentence() == toks.get(i).sentence()) {
          run.add(HyphenatedName.text(text, toks, hyphenated));
          end = hyphenated.end();
        } else if (isNameWord(toks.get(end))) {
          run.add(toks.get(end).text());
          end++;
        } else {
          break;
        }
      }
      if (run.size() >= 2 && run.size() <= MAX_NAME_WORDS) add(run);
      i = Math.max(end, i + 1);
    }
  }

  private void add(List<String> words) {
    Set<String> names = byLastWord.get(words.get(words.size() - 1));
    if (names == null) byLastWord.put(words.get(words.size() - 1), names = new LinkedHashSet<>());
    names.add(String.join(" ", words));
  }

  /** The one full name ending with a one-word {@code name}, or {@code name} itself. */
  String fullName(String name) {
    if (name == null || name.indexOf(' ') >= 0) return name;
    Set<String> full = byLastWord.get(name);
    return full != null && full.size() == 1 ? full.iterator().next() : name;
  }

  private static boolean isNameWord(Token t) {
    return t.isCapitalised() && "PROPN".equals(t.pos()) && t.text().length() > 1
        && Character.isLetter(t.text().charAt(t.text().length() - 1)) && !Titles.isTitleWord(t.text());
  }
}
