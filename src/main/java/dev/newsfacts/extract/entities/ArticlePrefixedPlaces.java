package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "in Al-Jahra and Al-Ahmadi governorates", "flights to El-Arish": the lists know the place without its article, so
 * its mention starts after the hyphen. An article glued to a place's mention by a hyphen, at a word's start, is the
 * name's first word: the mention takes it in, and the name as written is an alias.
 */
final class ArticlePrefixedPlaces {
  private static final Set<String> ARTICLES = WordList.set("/dev/newsfacts/entities/article-prefixes.txt");

  private ArticlePrefixedPlaces() {}

  static List<Mention> extend(String text, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      int start = m.type() == EntityType.LOCATION ? articleStart(text, m.start()) : -1;
      out.add(start < 0 ? m : new Mention(start, m.end(), text.substring(start, m.end()), m.type(), m.key()));
    }
    return out;
  }

  /** Where an article glued by a hyphen before {@code start} begins, or -1. */
  static int articleStart(String text, int start) {
    if (start < 3 || text.charAt(start - 1) != '-') return -1;
    int a = start - 1;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) a--;
    if (a == start - 1 || a > 0 && !Character.isWhitespace(text.charAt(a - 1)) && "(\"“‘'".indexOf(text.charAt(a - 1)) < 0) {
      return -1;
    }
    return ARTICLES.contains(text.substring(a, start - 1).toLowerCase(Locale.ROOT)) ? a : -1;
  }
}
