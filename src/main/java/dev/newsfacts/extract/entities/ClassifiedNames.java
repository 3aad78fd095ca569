package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "the neighborhood group Livable Seattle", "the think tank Bruegel", "chipmaker Nvidia": a capitalised name
 * no list knows, right after a common noun that says what kind of body it is (org-classifiers.txt), is an
 * organisation's name. Days, months and names that open with a person's given name are left to other rules.
 */
final class ClassifiedNames {
  private static final Set<String> TIME_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December");

  private ClassifiedNames() {}

  /** Whether the run {@code [a, b)} follows an organisation classifier in the same sentence. */
  static boolean namesOrganisation(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (a == 0 || b - a > 5) return false;
    Token before = toks.get(a - 1);
    if (before.sentence() != toks.get(a).sentence() || !lex.isOrgClassifier(before.text())) return false;
    for (int i = a; i < b; i++) if (TIME_WORDS.contains(toks.get(i).text())) return false;
    // "the company Tuesday said", "the group in Seattle": only a whole name counts, not a single place
    return !(b - a == 1 && (lex.place(toks.get(a).text()) != null || lex.isCountry(toks.get(a).text())));
  }
}
