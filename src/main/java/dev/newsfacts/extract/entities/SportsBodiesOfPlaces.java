package dev.newsfacts.extract.entities;

import java.util.List;

/**
 * "Cardiff Rugby came from behind", "Leinster Rugby said", "Cricket Australia", "Netball New Zealand": a place's
 * name and a sport's, nothing else, name the place's club or the sport's governing body there, an organisation; with
 * any other word ("Super Rugby Pacific") the run is a competition's ({@link CompetitionNames}).
 */
final class SportsBodiesOfPlaces {
  private SportsBodiesOfPlaces() {}

  /** Whether the words are a listed place then a sport's name, or a sport's name then a listed place. */
  static boolean isBody(List<String> words, EntityLexicon lex) {
    int n = words.size();
    if (n < 2 || n > 4) return false;
    if (CompetitionNames.isSport(words.get(n - 1)) && place(words.subList(0, n - 1), lex)) return true;
    return CompetitionNames.isSport(words.get(0)) && place(words.subList(1, n), lex);
  }

  private static boolean place(List<String> words, EntityLexicon lex) {
    String name = String.join(" ", words);
    return lex.place(name) != null || lex.isTown(name) || lex.isRegion(name);
  }
}
