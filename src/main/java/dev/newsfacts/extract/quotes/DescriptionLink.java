package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "the Republican nominee said": a definite description names the person the article introduced
 * with its role word ("Republican nominee Donald Trump", "Ana Reyes, the police chief,"). The most
 * recent such person is taken; a description whose role was never given to anyone names nobody.
 */
final class DescriptionLink {
  /** How many earlier person mentions are looked at, the latest first. */
  private static final int MAX_CANDIDATES = 60;
  /** Words before a name that may carry its role ("former Republican presidential nominee"). */
  private static final int TITLE_WINDOW = 5;
  /** Words of an appositive after a name (", the longtime police chief of Millbrook,"). */
  private static final int APPOSITIVE_WINDOW = 10;
  private static final int MAX_DESCRIPTION_WORDS = 6;
  /** Role words and their abbreviated titles, each mapped to the abbreviation ("senator" and "sen" to "sen"). */
  private static final Map<String, String> ROLE_FORMS = WordList.lemmas("/dev/newsfacts/lexicon/en/abbreviated-roles.txt");

  private DescriptionLink() {}

  /** The person the description {@code words} (a definite noun phrase) stands for, or null. */
  static Person personFor(AnnotatedText at, PersonIndex people, TokenSpan words, int offset) {
    List<Token> toks = at.tokens();
    if (words.length() < 2 || words.length() > MAX_DESCRIPTION_WORDS) return null;
    Token det = toks.get(words.start());
    Token role = toks.get(words.end() - 1);
    if (!(det.is("the") || det.is("this") || det.is("that")) || !"NOUN".equals(SourceFinder.mainTag(role))
        || role.isCapitalised()) {
      return null;
    }
    Set<Person> candidates = new LinkedHashSet<>(people.mentionedBefore(offset, MAX_CANDIDATES));
    for (Person p : candidates) {
      for (NameMention m : p.mentions()) {
        if (m.end() <= offset && introducedAs(toks, m, role.text())) return p;
      }
    }
    return null;
  }

  /** "senator" and "Sen", "congressman" and "Rep": the same role, written out or abbreviated. */
  private static boolean sameRole(String word, String role) {
    if (word.equalsIgnoreCase(role)) return true;
    String a = ROLE_FORMS.get(word.toLowerCase(Locale.ROOT));
    return a != null && a.equals(ROLE_FORMS.get(role.toLowerCase(Locale.ROOT)));
  }

  /**
   * "Justice Ann Tse said Tom Pryce had lied": a verb between a role word and a name ends the title, so the role is
   * the one of the name before the verb; "acting", "outgoing" stay inside a title.
   */
  private static boolean clauseVerb(Token t) {
    return ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) && !t.text().endsWith("ing");
  }

  static boolean introducedAs(List<Token> toks, NameMention m, String role) {
    int sentence = toks.get(m.firstToken()).sentence();
    for (int k = m.firstToken() - 1; k >= 0 && m.firstToken() - k <= TITLE_WINDOW; k--) {
      Token t = toks.get(k);
      if (k == m.firstToken() - 1 && t.is(".") && AbbreviationDot.at(toks, k)) {
        // "Sen. Ana Ruiz" is introduced as a senator; "a young woman asked Mrs. Clinton" names no role of Mrs. Clinton
        if (k - 1 < 0 || !ROLE_FORMS.containsKey(toks.get(k - 1).text().toLowerCase(Locale.ROOT))) break;
        continue;
      }
      if (t.sentence() != sentence || "PUNCT".equals(t.pos()) || clauseVerb(t)) break;
      if (sameRole(t.text(), role)) return true;
    }
    if (m.endToken() >= toks.size() || !toks.get(m.endToken()).is(",")) return false;
    for (int k = m.endToken() + 1; k < toks.size() && k - m.endToken() <= APPOSITIVE_WINDOW; k++) {
      Token t = toks.get(k);
      if (t.is(",") || t.is(".") || t.sentence() != sentence) break;
      if (sameRole(t.text(), role)) return true;
    }
    return false;
  }
}
