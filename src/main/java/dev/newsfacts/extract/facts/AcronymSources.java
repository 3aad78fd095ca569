package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;

/**
 * "The Department of Statistics Malaysia (DOSM) said …" then "…, DOSM data showed": a source given by the short form
 * a story defined in brackets is the organisation written out before the brackets, when the entity step kept the
 * two apart. A place closing the long name ("… Statistics Malaysia") is stepped over to the organisation before it.
 */
final class AcronymSources {
  /** The longest short form read as one: "Apur", "DOSM", "NDRRMC". */
  private static final int MAX_LENGTH = 8;

  private AcronymSources() {}

  /** The organisation a short-form source stands for, or the source unchanged. */
  static Attribution expand(Attribution source, String text, EntityIndex entities) {
    if (source == null || !shortForm(source.name())) return source;
    int bracket = text.indexOf("(" + source.name() + ")");
    if (bracket < 0) return source.entityId() == null ? spelledOut(source, entities) : source;
    LinkedMention before = entities.endingAt(trimBack(text, bracket));
    if (before != null && before.entity().type() == EntityType.LOCATION) {
      LinkedMention owner = entities.endingAt(trimBack(text, before.start()));
      if (owner != null && before.start() - owner.end() <= 1) before = owner;
    }
    if (before == null || before.entity().type() != EntityType.ORGANIZATION
        || before.entity().name().equals(source.name())) return source;
    return new Attribution(before.entity().name(), before.entity().id());
  }

  /**
   * "…, according to WHO." in a story that wrote "the World Health Organization's stockpile" before: a short form
   * no entity was found for is the one organisation of the story whose capitalised words it spells.
   */
  private static Attribution spelledOut(Attribution source, EntityIndex entities) {
    if (!allCapitals(source.name())) return source;
    Entity found = null;
    for (Entity e : entities.entities()) {
      if (e.type() != EntityType.ORGANIZATION || !initials(e.name()).equals(source.name())) continue;
      if (found != null) return source;
      found = e;
    }
    return found == null ? source : new Attribution(found.name(), found.id());
  }

  /** The capitals opening a name's words ("WHO" of "World Health Organization"). */
  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split(" ")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
    return sb.toString();
  }

  private static boolean allCapitals(String name) {
    for (int i = 0; i < name.length(); i++) if (!Character.isUpperCase(name.charAt(i))) return false;
    return true;
  }

  /** One word of letters, capitalised, short: how a story writes an acronym or a short form. */
  static boolean shortForm(String name) {
    if (name == null || name.length() < 2 || name.length() > MAX_LENGTH || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) if (!Character.isLetter(name.charAt(i))) return false;
    return true;
  }

  private static int trimBack(String text, int i) {
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    return i;
  }
}
