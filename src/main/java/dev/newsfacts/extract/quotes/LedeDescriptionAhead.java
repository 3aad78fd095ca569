package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.List;

/**
 * "Shoppers are trading down, the chief executive of one of the country's largest grocers said." / "Chief executive
 * Ana Ruiz said ...": a lede often quotes a person by role and names them in the paragraph after. A description in the
 * story's first paragraph names the first person introduced with its role word in the two paragraphs after it.
 */
final class LedeDescriptionAhead {
  /** Paragraphs after the description's own in which the name may follow. */
  private static final int PARAGRAPHS_AHEAD = 2;
  private static final int MAX_DESCRIPTION_WORDS = 10;

  private LedeDescriptionAhead() {}

  /** The person the lede description {@code words} stands for, or null. */
  static Person personFor(AnnotatedText at, PersonIndex people, TokenSpan words) {
    List<Token> toks = at.tokens();
    if (words.length() < 2 || words.length() > MAX_DESCRIPTION_WORDS) return null;
    Token det = toks.get(words.start());
    if (!(det.is("the") || det.is("a") || det.is("an"))) return null;
    int paragraph = det.paragraph();
    if (paragraph != firstBodyParagraph(toks)) return null;
    String role = roleWord(toks, words);
    if (role == null) return null;
    Person best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Person p : people.persons()) {
      for (NameMention m : p.mentions()) {
        int mp = toks.get(m.firstToken()).paragraph();
        if (mp <= paragraph || mp > paragraph + PARAGRAPHS_AHEAD || m.start() >= bestStart) continue;
        if (DescriptionLink.introducedAs(toks, m, role)) {
          best = p;
          bestStart = m.start();
        }
      }
    }
    // named anywhere before the description, the role is not the lede's cue
    return best != null && people.lastMentionBefore(best, det.start()) < 0 ? best : null;
  }

  /** The role noun heading the description: its last lower-case person head before "of", "at" or a comma. */
  private static String roleWord(List<Token> toks, TokenSpan words) {
    String role = null;
    for (int k = words.start() + 1; k < words.end(); k++) {
      Token t = toks.get(k);
      if (t.is("of") || t.is("at") || t.is("for") || t.is(",")) break;
      if (!t.isCapitalised() && PersonHeads.contains(t.text())) role = t.text();
    }
    return role;
  }

  /** The story's first paragraph: the one after the headline. */
  private static int firstBodyParagraph(List<Token> toks) {
    return toks.isEmpty() ? -1 : toks.get(0).paragraph() + 1;
  }
}
