package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * "Hewlett" of "former Hewlett-Packard CEO Carly Fiorina": the person step may read the first half of a hyphenated
 * word as a name. When every mention of such a "person" is the first half of a word that is a listed organisation,
 * each mention is that organisation.
 */
final class HyphenatedBodies {
  private HyphenatedBodies() {}

  /** The organisation mentions standing for every mention of {@code p}, or null when {@code p} may be a person. */
  static List<Mention> asOrganisations(AnnotatedText at, PersonEntry p, EntityLexicon lex) {
    if (p.mentions.isEmpty()) return null;
    String text = at.text();
    List<Mention> out = new ArrayList<>();
    for (PersonMention m : p.mentions) {
      if (m.end() + 1 >= text.length() || text.charAt(m.end()) != '-' || !Character.isUpperCase(text.charAt(m.end() + 1))) {
        return null;
      }
      // the whole hyphenated word, however the tokenizer cut it
      int end = m.end() + 1;
      while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) end++;
      String word = text.substring(m.start(), end);
      String org = lex.organization(word);
      if (org == null) return null;
      out.add(new Mention(m.start(), end, word, EntityType.ORGANIZATION, org));
    }
    return out;
  }
}
