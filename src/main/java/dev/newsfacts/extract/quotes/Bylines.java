package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The byline paragraphs of an article ("By John Smith", "By Ana Reyes and Lee Park | Reuters"):
 * their writer is not a person of the story, so a "he said" further down never refers to them.
 */
final class Bylines {
  private static final Pattern BYLINE = Pattern.compile("(?i)^\\s*by\\s+\\p{Lu}[\\p{L}.'\u2019-]*(\\s+\\S+){0,9}\\s*$");

  private final Set<Integer> paragraphs = new HashSet<>();
  private final AnnotatedText at;

  Bylines(AnnotatedText at) {
    this.at = at;
    List<CharSpan> paras = at.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      String p = at.text().substring(paras.get(i).start(), paras.get(i).end());
      if (BYLINE.matcher(p).matches()) paragraphs.add(i);
    }
  }

  boolean isByline(int paragraph) {
    return paragraphs.contains(paragraph);
  }

  /** Whether every mention of {@code p} is in a byline. */
  boolean onlyInBylines(Person p) {
    if (paragraphs.isEmpty()) return false;
    for (NameMention m : p.mentions()) if (!paragraphs.contains(at.paragraphAt(m.start()))) return false;
    return true;
  }
}
