package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Democratic Republic of the Congo", "the United Republic of Tanzania": the person step may read a state's
 * first words as a title ("Democratic") and the next as a surname ("Republic"); where the title, the name and the
 * "of" words written after it make a listed place, every such mention is that place.
 */
final class PlacesAcrossTitles {
  /** " of the Congo", " of Korea": what a listed place's name may go on with after its head word. */
  private static final Pattern OF_TAIL = Pattern.compile(" of(?: the)? \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?");

  private PlacesAcrossTitles() {}

  /** The place mentions standing for every mention of {@code p}, or null when one mention is not such a place. */
  static List<Mention> asPlaces(String text, PersonEntry p, EntityLexicon lex) {
    if (p.mentions.isEmpty()) return null;
    List<Mention> out = new ArrayList<>();
    for (PersonMention m : p.mentions) {
      if (m.titleStart() == m.start()) return null;
      Mention place = placeFrom(text, m, lex);
      if (place == null) return null;
      out.add(place);
    }
    return out;
  }

  private static Mention placeFrom(String text, PersonMention m, EntityLexicon lex) {
    Matcher tail = OF_TAIL.matcher(text).region(m.end(), text.length());
    if (tail.lookingAt()) {
      // the longest listed reading first: "of the Congo Basin" before "of the Congo"
      for (int end = tail.end(); end > m.end(); end = text.lastIndexOf(' ', end - 1)) {
        String name = text.substring(m.titleStart(), end);
        String place = lex.place(name);
        if (place != null) return new Mention(m.titleStart(), end, name, EntityType.LOCATION, place);
      }
    }
    String name = text.substring(m.titleStart(), m.end());
    String place = lex.place(name);
    return place == null ? null : new Mention(m.titleStart(), m.end(), name, EntityType.LOCATION, place);
  }
}
