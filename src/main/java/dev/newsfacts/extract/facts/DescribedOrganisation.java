package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Germany's train drivers' union GDL has called a strike … The union is demanding a pay rise of 555 euros": a sentence
 * whose subject is "the NOUN" speaks for the organisation the story introduced with that noun beside its name ("union
 * GDL", "the GDL union"), however many paragraphs before.
 */
final class DescribedOrganisation {
  private static final Pattern SUBJECT = Pattern.compile("\\A[Tt]he[ \\u00A0]+(?<noun>\\p{Ll}+)[ \\u00A0]+\\p{Ll}");

  private DescribedOrganisation() {}

  /** The organisation "The NOUN" opening {@code [from, to)} stands for, named before {@code from} after {@code bodyStart}. */
  static LinkedMention subject(String text, EntityIndex entities, int bodyStart, int from, int to) {
    Matcher x = SUBJECT.matcher(text).region(from, to);
    if (!x.lookingAt() || !OwnerReference.isOrganisationNoun(x.group("noun"))) return null;
    return besideName(text, entities, bodyStart, from, x.group("noun"));
  }

  /** The organisation named last in {@code [bodyStart, before)} with {@code word} beside its name ("firm Halden"), or null. */
  static LinkedMention besideName(String text, EntityIndex entities, int bodyStart, int before, String word) {
    String noun = word.toLowerCase(Locale.ROOT);
    List<LinkedMention> named = entities.within(bodyStart, before);
    for (int i = named.size() - 1; i >= 0; i--) {
      LinkedMention m = named.get(i);
      if (m.entity().type() != EntityType.ORGANIZATION) continue;
      String left = text.substring(Math.max(0, m.start() - noun.length() - 1), m.start()).toLowerCase(Locale.ROOT);
      String right = text.substring(m.end(), Math.min(text.length(), m.end() + noun.length() + 1)).toLowerCase(Locale.ROOT);
      if (left.equals(noun + " ") || right.equals(" " + noun)) return m;
    }
    return null;
  }
}
