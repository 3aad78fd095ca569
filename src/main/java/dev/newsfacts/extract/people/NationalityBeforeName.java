package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A nationality right before two or three plain capitalised words is no part of the name after it: "beating Moroccan
 * Hassan Idrissi", "Kenyan Eliud Kamau won" name Hassan Idrissi and Eliud Kamau, the nationality a word of its own.
 * Only a country's people ("Kenyan", "Moroccan"); groups and faiths ("Christian") may be given names.
 */
final class NationalityBeforeName {
  /** Nationalities that point at a country (the entity step's demonym lists, groups left out). */
  private static final Set<String> NATIONALITIES = read();

  private NationalityBeforeName() {}

  /**
   * Where the name starts in the run {@code nameStart}..{@code to} that no title opens: after a nationality when two
   * or three plain name words follow it, else {@code nameStart}.
   */
  static int nameStart(List<Token> toks, int from, int nameStart, int to) {
    if (nameStart != from || to - nameStart < 3 || to - nameStart > 4) return nameStart;
    if (!NATIONALITIES.contains(toks.get(nameStart).text())) return nameStart;
    return plainWords(toks, nameStart + 1, to) ? nameStart + 1 : nameStart;
  }

  /**
   * Plain name words ({@link OccupationBeforeName#plainNameWord}) that together name no place; the tagger's tag is
   * not asked, as it often calls a given name on no list a noun ("Wanjiru").
   */
  private static boolean plainWords(List<Token> toks, int from, int to) {
    StringBuilder whole = new StringBuilder();
    for (int k = from; k < to; k++) {
      String w = toks.get(k).text();
      if (!OccupationBeforeName.plainNameWord(w)) return false;
      if (k > from) whole.append(' ');
      whole.append(w);
    }
    return !Places.isPlace(whole.toString());
  }

  private static Set<String> read() {
    Set<String> out = new HashSet<>();
    for (String file : List.of("demonyms.txt", "demonyms-world.txt")) {
      for (String line : WordList.linesAsWritten("/dev/newsfacts/entities/" + file)) {
        int bar = line.indexOf('|');
        if (bar > 0 && bar < line.length() - 1) out.add(line.substring(0, bar));
      }
    }
    return Set.copyOf(out);
  }
}
