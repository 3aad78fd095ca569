package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import java.util.List;

/**
 * "Bank Negara has room to cut", "Banco Azteca": a "person" whose name opens with an organisation's head word that
 * is no title is a body's name; people's names open with a given name or a title (the given-name lists hold "Bank"
 * and "Court", too rare as first names to outweigh the head word).
 */
final class HeadFirstBodies {
  private HeadFirstBodies() {}

  static boolean isBody(List<String> nameWords, EntityLexicon lex) {
    if (nameWords.size() < 2) return false;
    String first = nameWords.get(0);
    return lex.isOrgHead(first) && !lex.isWeakOrgHead(first) && !Titles.isTitleWord(first)
        && !CapitalisedRuns.isAcronym(first);
  }
}
