package dev.newsfacts.extract.entities;

/**
 * "Côte d'Ivoire" and "Côte d’Ivoire": news copy writes the same name with a straight or a curly apostrophe, while a
 * list holds one of them; the form with the other apostrophe finds the listed name.
 */
final class OtherApostrophe {
  private OtherApostrophe() {}

  /** The form with its straight apostrophes curly, or its curly ones straight; the form itself when it has none. */
  static String of(String form) {
    if (form.indexOf('\'') >= 0) return form.replace('\'', '’');
    if (form.indexOf('’') >= 0) return straight(form);
    return form;
  }

  /** The form with its curly apostrophes straight ("O’Neill" → "O'Neill"). */
  static String straight(String form) {
    return form.replace('’', '\'');
  }
}
