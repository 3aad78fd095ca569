package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.text.CharClasses;
import java.util.Locale;

/**
 * "KUALA LUMPUR:", "SAN JOSE —": a name in capitals that, written in title case, is a listed place or town is that
 * place; a dateline writes cities so, and the person step takes two capitalised words for a name.
 */
final class PlacesInCapitals {
  private PlacesInCapitals() {}

  /** The name in title case ("Kuala Lumpur") when the words are all capitals and that form is a place, else null. */
  static String place(String name, EntityLexicon lex) {
    if (name.length() < 4 || !name.equals(name.toUpperCase(Locale.ROOT)) || !CharClasses.anyLetter(name)) {
      return null;
    }
    StringBuilder sb = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    String recased = sb.toString();
    if (lex.place(recased) != null) return lex.place(recased);
    return lex.isTown(recased) || lex.isRegion(recased) ? recased : null;
  }
}
