package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Its chief medical officer", "the group's founder", "the company's chief executive": an owner the text
 * gives by a pronoun or a common noun stands for the organisation named last before it, when that is close.
 */
final class OwnerReference {
  /** Nouns that stand for an organisation when they own a title ("the group's founder"). */
  private static final Set<String> ORGANISATION_NOUNS = WordList.set("/dev/newsfacts/lexicon/en/organisation-nouns.txt");
  /** How far back the organisation may be named: about two sentences of the same paragraph. */
  private static final int REACH = 300;

  private OwnerReference() {}

  /** Whether "its" or "the NOUN's" points at an organisation ("his", "her", "their" point at people). */
  static boolean pointsAtOrganisation(String pronoun, String noun) {
    if (pronoun == null) return false;
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (p.equals("its")) return true;
    return noun != null && p.startsWith("the") && ORGANISATION_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
  }

  /** Whether a noun stands for an organisation ("agency", "department", "automaker"). */
  static boolean isOrganisationNoun(String noun) {
    return ORGANISATION_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
  }

  /** The organisation named last before {@code offset} and within reach, or null. */
  static String lastOrganisation(String text, EntityIndex entities, int offset) {
    LinkedMention m = lastWithinReach(text, entities, offset);
    return m == null ? null : m.entity().name();
  }

  /** The mention of the organisation named last before {@code offset} and within reach, or null. */
  static LinkedMention lastOrganisationMention(String text, EntityIndex entities, int offset) {
    return lastWithinReach(text, entities, offset);
  }

  /**
   * The organisation "the NOUN" stands for: the one named last before {@code offset} whose name has the noun as
   * a word ("the commission" → "Ontario Securities Commission"), else the one of that kind the story introduced
   * ("the utility" → "Johannesburg Water"), else, for a noun that stands for organisations, the one named last
   * within reach; null otherwise.
   */
  static LinkedMention byNoun(String text, EntityIndex entities, int offset, String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    LinkedMention named = byNameOrKind(text, entities, offset, n);
    if (named != null) return named;
    return ORGANISATION_NOUNS.contains(n) ? lastWithinReach(text, entities, offset) : null;
  }

  /**
   * The organisation "the NOUN" stands for by a word of its name or by its kind (see {@link #byNoun}), without
   * falling back on the last one named; null when the story named none such.
   */
  static LinkedMention byNameOrKind(String text, EntityIndex entities, int offset, String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    List<LinkedMention> before = entities.within(0, offset);
    for (int i = before.size() - 1; i >= 0; i--) {
      LinkedMention m = before.get(i);
      if (m.entity().type() != EntityType.ORGANIZATION || m.end() > offset) continue;
      for (String w : m.entity().name().toLowerCase(Locale.ROOT).split(" ")) {
        if (w.equals(n)) return m;
      }
    }
    return OrganisationKinds.named(text, entities, offset, n);
  }

  private static LinkedMention lastWithinReach(String text, EntityIndex entities, int offset) {
    List<LinkedMention> near = entities.within(reachStart(text, offset), offset);
    for (int i = near.size() - 1; i >= 0; i--) {
      LinkedMention m = near.get(i);
      if (m.entity().type() == EntityType.ORGANIZATION && m.end() <= offset) return m;
    }
    return null;
  }

  /** Where the reach back starts: not across a paragraph break (a new paragraph's "its" rarely means the last one's). */
  private static int reachStart(String text, int offset) {
    int from = Math.max(0, offset - REACH);
    int para = text.lastIndexOf('\n', offset);
    return para >= from ? para + 1 : from;
  }
}
