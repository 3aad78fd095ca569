package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Public Health" of "Maricopa County Department of Public Health", "Agriculture" of "U.S. Department of
 * Agriculture", "Trade Representative" of "Office of the U.S. Trade Representative": the person step
 * reads the words after a capitalised "Department of" as a name with a title. When every mention of
 * such a "person" follows "of/for/on" after an organisation's head word, or the name ends with an office, it is
 * the tail of an organisation's name, which the organisation rules then read whole.
 */
final class OrganizationTails {
  private static final Set<String> CONNECTORS = Set.of("of", "for", "on");
  /** Offices that end a name only as a title ("U.S. Trade Representative"); "King" or "Justice" may be surnames. */
  private static final Set<String> OFFICES = Set.of("representative", "secretary", "commissioner", "director",
      "administrator", "minister", "chairman", "chairwoman", "ambassador", "governor", "mayor", "senator");

  private OrganizationTails() {}

  static boolean isTail(AnnotatedText at, PersonEntry p, EntityLexicon lex) {
    String[] words = p.name.split(" ");
    if (words.length > 1 && OFFICES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return true;
    if (CONNECTORS.contains(words[0])) return true;  // "of Public Health": the run began at a head word
    // "Change" of "Department of Climate Change": a "person" with no given name may be the last word of the tail
    boolean nameless = p.source.gender() == 0 && words.length == 1;
    for (PersonMention m : p.mentions) {
      // "Office for National Statistics": the person step may read "National" as the title of "Statistics"
      // ("the administration of former President Bill Clinton" is no name: its head word is not capitalised)
      if (!afterConnector(at, m.start(), lex, false)
          && (m.titleStart() == m.start() || !afterConnector(at, m.titleStart(), lex, true))
          && !(nameless && afterConnector(at, afterPlainWords(at, m.start(), lex), lex, true))) {
        return false;
      }
    }
    return !p.mentions.isEmpty();
  }

  /**
   * "National Oceanic" of "National Oceanic and Atmospheric Administration", "Securities" of "Securities and
   * Exchange Commission": a "person" with no given name, every mention of whom is followed by "and" and capitalised
   * words ending in an organisation's head word, is the first half of that organisation's name.
   */
  static boolean isFirstHalf(AnnotatedText at, PersonEntry p, EntityLexicon lex) {
    if (p.source.gender() != 0 || p.mentions.isEmpty()) return false;
    // "Pennsylvania Gov." before "and Democratic National Committee": a title is no half of a name
    for (String w : p.name.split(" ")) if (w.endsWith(".") || Titles.isTitleWord(w)) return false;
    List<Token> toks = at.tokens();
    for (PersonMention m : p.mentions) {
      int j = at.tokenAtOrAfter(m.end());
      if (j >= toks.size() || !(toks.get(j).is("and") || toks.get(j).is("&")) || toks.get(j).start() - m.end() > 1) {
        return false;
      }
      boolean head = false;
      for (int k = j + 1; k < toks.size() && k - j <= 4 && toks.get(k).isCapitalised()
          && toks.get(k).sentence() == toks.get(j).sentence(); k++) {
        if (lex.isOrgHead(CapitalisedRuns.word(toks.get(k)))) {
          head = true;
          break;
        }
      }
      if (!head) return false;
    }
    return true;
  }

  /** Where the capitalised plain words (no title, no head) right before {@code start} begin: "Climate" of "Climate Change". */
  private static int afterPlainWords(AnnotatedText at, int start, EntityLexicon lex) {
    List<Token> toks = at.tokens();
    int i = at.tokenAtOrAfter(start);
    int from = i;
    while (from > 0 && i - from < 2 && toks.get(from - 1).sentence() == toks.get(i).sentence()
        && toks.get(from - 1).isCapitalised() && !lex.isOrgHead(toks.get(from - 1).text())
        && !Titles.isTitleWord(toks.get(from - 1).text()) && Character.isLowerCase(toks.get(from - 1).text().charAt(toks.get(from - 1).text().length() - 1))) {
      from--;
    }
    return from == i ? start : toks.get(from).start();
  }

  private static boolean afterConnector(AnnotatedText at, int start, EntityLexicon lex, boolean capitalHead) {
    List<Token> toks = at.tokens();
    int i = at.tokenAtOrAfter(start) - 1;
    // "Department of Housing and Urban Development": back over "and" and the capitalised words before it
    if (i > 0 && (toks.get(i).is("and") || toks.get(i).is("&"))) {
      i--;
      while (i > 0 && toks.get(i).isCapitalised() && !lex.isOrgHead(toks.get(i).text())) i--;
    }
    // "the" or "a" after a connector: "Office of the U.S. Trade Representative", "Committee for a Responsible …"
    if (i > 0 && (toks.get(i).is("the") || toks.get(i).is("a"))
        && CONNECTORS.contains(toks.get(i - 1).text().toLowerCase(Locale.ROOT))) {
      i--;
    }
    if (i < 0 || !CONNECTORS.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) return false;
    return i > 0 && toks.get(i - 1).sentence() == toks.get(i).sentence() && lex.isOrgHead(toks.get(i - 1).text())
        && (!capitalHead || toks.get(i - 1).isCapitalised());
  }
}
