package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.NeverNameWords;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.FirmNamesAfterCo;
import dev.newsfacts.extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs of capitalised tokens that may name an organisation or a place. Inside an organisation's name
 * "of/for/on" and then "and" may join capitalised words ("Centers for Disease Control and Prevention",
 * "Washington Office on Latin America"); elsewhere a run ends at the first lower-case word.
 */
final class CapitalisedRuns {
  /** Capitalised words that open sentences or clauses but never start a name. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "on");
  /** Particles inside Romance place names ("Rio de Janeiro", "Mato Grosso do Sul"). */
  static final Set<String> PLACE_PARTICLES = WordList.set("/dev/newsfacts/entities/place-particles.txt");
  /** Capitalised modifiers that open a sentence before a name but are no part of it ("Top Democrats"). */
  private static final Set<String> SENTENCE_MODIFIERS = Set.copyOf(
      WordList.set("/dev/newsfacts/entities/sentence-modifiers.txt"));

  private CapitalisedRuns() {}

  /** Runs of tokens; tokens marked {@code blocked} (people's names) never join a run. */
  static List<TokenRun> find(List<Token> toks, boolean[] blocked, EntityLexicon lex) {
    List<TokenRun> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      if (!startsName(toks, i, blocked, lex)) {
        i++;
        continue;
      }
      int j = i + 1;
      // a weak head opens no name ("Securities and Exchange Commission" is joined by its "and", not by the head)
      boolean orgMode = lex.isOrgHead(word(toks.get(i))) && !lex.isWeakOrgHead(word(toks.get(i)));
      boolean joined = false;
      int across;
      // where a listed place that goes across a hyphen or particle ends ("North Rhine-Westphalia"), or -1
      int placeEnd = -1;
      while (j < toks.size()) {
        Token u = toks.get(j);
        if (u.sentence() != toks.get(i).sentence() || u.start() - toks.get(j - 1).end() > 1) break;
        // "Mexico's foreign minister": the name ends there, unless a listed name goes on ("Moody's Analytics")
        // "Ghana Consumers' Rights Coalition": a plural's possessive stays inside a name that ends in its head word
        if (possessive(toks.get(j - 1)) && !listedThrough(toks, i, j, lex) && !PluralPossessiveNames.joins(toks, i, j, blocked, lex)
            && !OfficeHolderPossessives.joins(toks, j, blocked, lex)) {
          break;
        }
        if (AmpersandNames.joins(toks, j, blocked) || PluralPossessiveNames.apostropheJoins(toks, i, j, blocked, lex)) {
          j++; // "Rothschild & Co", "Consumers' Rights Coalition": the mark is inside the name
        } else if ((across = CooperativeHeads.width(toks, j)) > 0) {
          orgMode = true;
          j += across; // "Riverland Growers Co-operative": the tokenizer cut the head word at its hyphen
        } else if ((across = ElidedParticles.width(toks, j, blocked)) > 0) {
          j += across; // "Côte d'Ivoire": the elided particle and its word go on with the name
        } else if (namePart(toks, j, blocked)) {
          if (lex.isOrgHead(word(u))) orgMode = true;
          j++;
        } else if (!blocked[j] && CorporateSuffixes.isSuffix(u.text()) && Character.isLowerCase(u.text().charAt(0))) {
          j++; // "Kestrel Mining plc": a legal form written in lower case ends the name
          break;
        } else if (!orgMode && PlacesWithOf.continuesAt(toks, i, j, blocked)) {
          j++; // "Gulf of Mexico": the name goes on after "of"
        } else if (!orgMode && andBeforeHead(toks, j, blocked, lex)) {
          j++;
        } else if (!orgMode && u.is("of") && (across = headAcross(toks, i, j, blocked, lex)) > j) {
          // "Port of Rotterdam Authority", "City of London Corporation": the words after "of" end in a body's head
          j = across;
          break;
        } else if (!orgMode && (CONNECTORS.contains(u.text()) || u.is("and") || u.is("&"))
            && (across = listedAcross(toks, i, j, blocked, lex)) > j) {
          // "House of Representatives", "Bank of America", "Immigration and Customs Enforcement": a listed name goes on
          // across the connector
          j = across;
          break;
        } else if (!orgMode && (PLACE_PARTICLES.contains(u.text()) || u.text().startsWith("-")) && (across = placeAcross(toks, i, j, blocked, lex)) > j) {
          // "Rio Grande do Sul", "Mar del Plata": a place's name goes on across its particle
          j = across;
          placeEnd = j;
          // "Murray-Darling Basin Authority": a body named for the place goes on to its head word
          if (!headAfter(toks, j, blocked, lex)) break;
        } else if (orgMode && joined && (across = PortfolioLists.end(toks, j, blocked, lex)) > j) {
          // "Department of Climate Change, Energy, the Environment and Water": the name lists its portfolios
          j = across;
          break;
        } else if (orgMode && j + 1 < toks.size() && joins(toks, j, blocked, joined)) {
          joined = true;
          // "for the Study of ...", "Committee for a Responsible Federal Budget": swallow the article too
          j += (toks.get(j + 1).is("the") || toks.get(j + 1).is("a")) && CONNECTORS.contains(toks.get(j).text().toLowerCase(Locale.ROOT)) ? 2 : 1;
        } else if ((across = PurposeNames.end(toks, j, blocked, lex)) > j) {
          // "League to Save Lake Tahoe": the body's name goes on with its purpose
          j = across;
          break;
        } else {
          break;
        }
      }
      // a connector must be followed by a word of the name
      while (j > i && j != placeEnd && !namePart(toks, j - 1, blocked) && !CorporateSuffixes.isSuffix(toks.get(j - 1).text())
          && !ElidedParticles.gluedWord(toks.get(j - 1)) && !CooperativeHeads.endsAt(toks, j)) {
        j--;
      }
      if (suffixPeriod(toks, j)) {
        j++;
        // "Ssemakula & Co. Advocates": a word of the firm's name goes on after its "& Co."
        if (kindAfterCo(toks, j)) j++;
      }
      out.add(new TokenRun(i, j));
      i = j;
    }
    return out;
  }

  /**
   * "Deere & Co. reported": the tokenizer splits the period off a legal form's abbreviation; where the sentence goes
   * on after it, the period is the abbreviation's and stays in the name.
   */
  static boolean suffixPeriod(List<Token> toks, int j) {
    if (j < 1 || j + 1 >= toks.size() || !toks.get(j).is(".")) return false;
    Token suffix = toks.get(j - 1);
    return CorporateSuffixes.isSuffix(suffix.text() + ".") && suffix.end() == toks.get(j).start()
        && toks.get(j + 1).sentence() == suffix.sentence();
  }

  /** Whether token {@code j}, one space after "& Co.", is a listed word of the firm's name ("Advocates"). */
  private static boolean kindAfterCo(List<Token> toks, int j) {
    if (j < 3 || j >= toks.size() || !toks.get(j - 2).text().equals("Co") || !toks.get(j - 3).is("&")) return false;
    Token t = toks.get(j);
    return t.sentence() == toks.get(j - 1).sentence() && t.start() - toks.get(j - 1).end() == 1 && t.isCapitalised()
        && FirmNamesAfterCo.isKind(t.text());
  }

  /** Whether token {@code j} is a capitalised word with the hyphen that joins it to the word before ("-Westphalia"). */
  private static boolean gluedHyphenWord(List<Token> toks, int j) {
    String w = toks.get(j).text();
    return j > 0 && w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1))
        && toks.get(j).start() == toks.get(j - 1).end();
  }

  /** Whether the name words from {@code j} (up to four, no gap) reach an organisation's head word ("Basin Authority"). */
  static boolean headAfter(List<Token> toks, int j, boolean[] blocked, EntityLexicon lex) {
    for (int k = j; k < toks.size() && k - j < 4 && toks.get(k).sentence() == toks.get(j - 1).sentence()
        && toks.get(k).start() - toks.get(k - 1).end() <= 1 && namePart(toks, k, blocked) && !possessive(toks.get(k - 1)); k++) {
      if (lex.isOrgHead(word(toks.get(k))) && !lex.isWeakOrgHead(word(toks.get(k)))) return true;
    }
    return false;
  }

  /**
   * "American Iron and Steel Institute", "Food and Agriculture Organization": an "and" between a word no list
   * names and a run ending in an organisation's head word is inside one name ("Mexico and Canada" are two).
   */
  static boolean andBeforeHead(List<Token> toks, int j, boolean[] blocked, EntityLexicon lex) {
    if (!toks.get(j).is("and") && !toks.get(j).is("&")) return false;
    String before = word(toks.get(j - 1));
    if (possessive(toks.get(j - 1)) || lex.place(before) != null || lex.organization(before) != null
        || lex.demonym(before) != null || lex.isOrgHead(before) && !lex.isWeakOrgHead(before)) {
      return false;
    }
    int k = j + 1;
    while (k < toks.size() && k - j <= 4 && toks.get(k).start() - toks.get(k - 1).end() <= 1 && namePart(toks, k, blocked)) {
      // a weak head ("Television") joins no "and": "Associated Press and Television News" are two
      if (lex.isOrgHead(word(toks.get(k))) && !lex.isWeakOrgHead(word(toks.get(k)))) return true;
      if (possessive(toks.get(k))) return false;
      k++;
    }
    return false;
  }

  /**
   * Where a name that goes on across the "of" at {@code j} ends in an organisation's head word ("Port of Rotterdam
   * Authority"), or -1: one plain word before "of" (no title: "Governor of Texas", no common noun opening a sentence),
   * up to three name words after it,
   * the last a head that is not weak, and nothing capitalised after that.
   */
  static int headAcross(List<Token> toks, int i, int j, boolean[] blocked, EntityLexicon lex) {
    if (j - i != 1 || dev.newsfacts.extract.lexicon.Titles.isTitleWord(toks.get(i).text()) || possessive(toks.get(i))) return -1;
    // "Shares of Harbor Freight Inc. fell": a sentence's first word may be a common noun (the tagger says PROPN)
    boolean opensSentence = i == 0 || toks.get(i - 1).sentence() != toks.get(i).sentence() || isOpeningMark(toks.get(i - 1));
    if (opensSentence) return -1;
    int k = j + 1;
    while (k < toks.size() && k - j <= 3 && toks.get(k).sentence() == toks.get(j).sentence() && namePart(toks, k, blocked)
        && !possessive(toks.get(k))) {
      String w = word(toks.get(k));
      if (k > j + 1 && lex.isOrgHead(w) && !lex.isWeakOrgHead(w)) {
        return k + 1 < toks.size() && namePart(toks, k + 1, blocked) ? -1 : k + 1;
      }
      k++;
    }
    return -1;
  }

  /** The end of the longest listed organisation or place that starts at {@code i} and goes past the connector at {@code j}, or -1. */
  private static int listedAcross(List<Token> toks, int i, int j, boolean[] blocked, EntityLexicon lex) {
    for (int e = Math.min(toks.size(), i + lex.longestEntry()); e > j + 1; e--) {
      if (toks.get(e - 1).sentence() != toks.get(i).sentence() || !namePart(toks, e - 1, blocked)) continue;
      StringBuilder w = new StringBuilder();
      for (int k = i; k < e; k++) w.append(k > i ? " " : "").append(k == e - 1 ? word(toks.get(k)) : toks.get(k).text());
      String name = w.toString();
      // "the East Riding of Yorkshire", "Bay of Plenty": a region the gazetteer lists goes on across its "of" too
      if (lex.organization(name) != null || lex.place(name) != null || lex.isRegion(name)) return e;
    }
    return -1;
  }

  /**
   * Where a place's name that goes across the particle or hyphen at {@code j} ends, or -1: a listed place or town
   * ("Rio de Janeiro", "Campina Grande do Sul", "Castilla-La Mancha"), or a listed place, the particle and one capitalised word no list knows after
   * "in", "of", "from", "to" or "near" ("in Espirito Santo do Norte"): a person's particle ("Luiz da Silva") follows
   * no listed place.
   */
  static int placeAcross(List<Token> toks, int i, int j, boolean[] blocked, EntityLexicon lex) {
    for (int e = Math.min(toks.size(), i + lex.longestEntry()); e > j; e--) {
      if (toks.get(e - 1).sentence() != toks.get(i).sentence()) continue;
      // "North Rhine-Westphalia": the tokenizer may keep the hyphen on the place's last word ("-Westphalia")
      if (e - 1 == j ? !gluedHyphenWord(toks, j) : !namePart(toks, e - 1, blocked)) continue;
      String name = joined(toks, i, e);
      if (lex.place(name) != null || lex.isTown(name)) return e;
    }
    String before = joined(toks, i, j);
    boolean placeBefore = lex.place(before) != null || lex.isTown(before);
    boolean placeContext = PLACE_PARTICLES.contains(toks.get(j).text()) && i > 0 && toks.get(i - 1).sentence() == toks.get(i).sentence()
        && PLACE_PREPOSITIONS.contains(toks.get(i - 1).text());
    // "the Alto de Arrate", "Passo del Tonale": a natural place's word, its particle and a name are one place
    boolean opener = j == i + 1 && PLACE_PARTICLES.contains(toks.get(j).text()) && PlaceOpeners.isOpener(before);
    int k = j + 1;
    if ((placeBefore && placeContext || opener) && k < toks.size() && toks.get(k).sentence() == toks.get(i).sentence()
        && namePart(toks, k, blocked) && !possessive(toks.get(j - 1))) {
      String w = word(toks.get(k));
      boolean unknown = lex.place(w) == null && lex.organization(w) == null && lex.demonym(w) == null && !isAcronym(w);
      boolean ends = k + 1 >= toks.size() || !namePart(toks, k + 1, blocked);
      if (unknown && ends) return k + 1;
    }
    return -1;
  }

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from", "to", "near");

  private static String joined(List<Token> toks, int i, int e) {
    StringBuilder w = new StringBuilder();
    for (int k = i; k < e; k++) {
      // "Castilla-La Mancha": a hyphen the tokenizer split off ("-La") stays attached
      w.append(k > i && toks.get(k).start() > toks.get(k - 1).end() ? " " : "").append(k == e - 1 ? word(toks.get(k)) : toks.get(k).text());
    }
    return w.toString();
  }

  private static boolean listedThrough(List<Token> toks, int i, int j, EntityLexicon lex) {
    StringBuilder w = new StringBuilder();
    for (int k = i; k <= j; k++) w.append(k > i ? " " : "").append(toks.get(k).text());
    return lex.organization(w.toString()) != null;
  }

  private static boolean joins(List<Token> toks, int j, boolean[] blocked, boolean joined) {
    String w = toks.get(j).text().toLowerCase(Locale.ROOT);
    boolean connector = CONNECTORS.contains(w) || (joined && (w.equals("and") || w.equals("&")));
    if (!connector) return false;
    int k = j + 1;
    // "Office of the Director", but "Teachers and the AFL-CIO" are two names
    if (k < toks.size() && (toks.get(k).is("the") || toks.get(k).is("a")) && CONNECTORS.contains(w)) k++;
    return k < toks.size() && namePart(toks, k, blocked) && toks.get(k).start() - toks.get(k - 1).end() <= 1;
  }

  private static boolean startsName(List<Token> toks, int i, boolean[] blocked, EntityLexicon lex) {
    if (!namePart(toks, i, blocked) || gluedHyphenPart(toks, i)) return false;
    Token t = toks.get(i);
    if (NeverNameWords.contains(t.text())) return false;
    // "Commander-in-Chief Forum": a word inside a hyphenated compound starts no name
    if (i >= 2 && toks.get(i - 1).is("-") && toks.get(i - 1).end() == t.start()
        && toks.get(i - 2).end() == toks.get(i - 1).start() && !toks.get(i - 2).text().isEmpty()
        && Character.isLowerCase(toks.get(i - 2).text().charAt(0))) {
      return false;
    }
    // a sentence opens with a capital whatever the word: keep it only when it is a name of its own
    boolean opensSentence = i == 0 || toks.get(i - 1).sentence() != t.sentence()
        || isOpeningMark(toks.get(i - 1)) && !pluralApostrophe(toks, i - 1);
    String w = t.text().substring(0, nameEnd(t) - t.start());
    if (opensSentence && !t.pos().startsWith("PROPN") && lex.place(w) == null && lex.organization(w) == null
        && lex.demonym(w) == null && !isAcronym(w)) {
      return opensKnownName(toks, i, blocked, lex);
    }
    return true;
  }

  /**
   * A sentence's first word that is a name only with the words after it: "Human Rights Watch said",
   * "Federal Reserve Chair Jerome Powell" (a listed name), "Democratic National Committee officials"
   * (a name ending in an organisation's head word), "Central Province is expected" (a place's, ending in a place's
   * word no one bears as a surname). Modifiers that open sentences ("Top Democrats")
   * are not part of a name.
   */
  static boolean opensKnownName(List<Token> toks, int i, boolean[] blocked, EntityLexicon lex) {
    int j = i + 1;
    boolean head = false;
    while (j < toks.size() && j - i < 6 && toks.get(j).sentence() == toks.get(i).sentence()
        && toks.get(j).start() - toks.get(j - 1).end() <= 1 && (namePart(toks, j, blocked) || AmpersandNames.joins(toks, j, blocked))
        && !possessive(toks.get(j - 1))) {
      // "Rothschild & Co is advising", "Lindquist & Sons Hardware, which": a firm's ampersand opens no new name, and
      // the words it joins are one name
      head |= lex.isOrgHead(word(toks.get(j))) || AmpersandNames.joins(toks, j, blocked);
      j++;
    }
    for (int k = j; k > i + 1; k--) {
      String w = toks.get(i).text() + " " + String.join(" ", toks.subList(i + 1, k).stream().map(CapitalisedRuns::word).toList());
      if (lex.organization(w) != null || lex.place(w) != null) return true;
    }
    // "Voltaro, one of four rental operators, said": an apposition after the comma says a body's name opens the sentence
    if (j == i + 1 && j < toks.size() && toks.get(j).is(",") && !possessive(toks.get(i))
        && ClassifierAppositions.oneOfBodies(toks, i, j, lex)) {
      return true;
    }
    // "National Records of Scotland said": a listed name that goes on across its connector
    if (j < toks.size() && !possessive(toks.get(j - 1)) && (CONNECTORS.contains(toks.get(j).text()) || toks.get(j).is("and"))
        && listedAcross(toks, i, j, blocked, lex) > j) {
      return true;
    }
    // "Central Province is expected", "Western Highway reopened": a place's word no one bears as a surname ends the name
    boolean placeHead = j > i + 1 && lex.isSurnameFreePlaceHead(word(toks.get(j - 1)));
    return (head || placeHead) && !SENTENCE_MODIFIERS.contains(toks.get(i).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Hapag-Lloyd", "Thompson-Nicola Regional District": the tokenizer splits a hyphenated name into "Hapag" and
   * "-Lloyd" (or "Rolls", "-", "Royce"); the glued hyphen and capitalised half go on with the name (they open none).
   */
  static boolean gluedHyphenPart(List<Token> toks, int i) {
    Token t = toks.get(i);
    String w = t.text();
    if (i == 0 || w.isEmpty() || w.charAt(0) != '-') return false;
    // "Rolls", "-", "Royce": a hyphen on its own between the halves, glued to both
    boolean bare = w.equals("-") && i + 1 < toks.size() && toks.get(i + 1).start() == t.end()
        && toks.get(i + 1).sentence() == t.sentence() && toks.get(i + 1).text().length() > 1
        && Character.isUpperCase(toks.get(i + 1).text().charAt(0));
    if (!bare && !gluedHyphenWord(toks, i)) return false;
    Token p = toks.get(i - 1);
    return p.end() == t.start() && p.sentence() == t.sentence() && !p.text().isEmpty() && Character.isUpperCase(p.text().charAt(0))
        && Character.isLetter(p.text().charAt(p.text().length() - 1));
  }

  static boolean namePart(List<Token> toks, int i, boolean[] blocked) {
    if (i >= toks.size() || blocked[i]) return false;
    Token t = toks.get(i);
    String w = t.text();
    if (gluedHyphenPart(toks, i) || AmpersandNames.gluedLetters(toks, i)) return true;
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    if (NeverNameWords.contains(w) && !isAcronym(w)) return false;
    // "China-based", "US-led": the place is handled on its own, the word is not a name
    int dash = w.indexOf('-');
    return dash < 0 || dash + 1 >= w.length() || !Character.isLowerCase(w.charAt(dash + 1));
  }

  /** "Mexico's", "Fox News'": the UD tokenizer keeps the possessive on the word (tag PROPN+PART). */
  static boolean possessive(Token t) {
    return possessiveLength(t.text()) > 0;
  }

  /** Characters of the possessive ending the word: 2 for "'s", 1 for the plural's lone apostrophe ("News'"), else 0. */
  private static int possessiveLength(String w) {
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) return 2;
    if (w.length() > 2 && (w.endsWith("s'") || w.endsWith("s’")) && Character.isLetter(w.charAt(0))) return 1;
    return 0;
  }

  /** The token's word without a possessive: "University" of "University's", a head word all the same. */
  static String word(Token t) {
    return t.text().substring(0, t.text().length() - possessiveLength(t.text()));
  }

  /** Where the name in token {@code t} ends: before a possessive "'s" or a plural's apostrophe. */
  static int nameEnd(Token t) {
    return t.end() - possessiveLength(t.text());
  }

  static boolean isAcronym(String w) {
    String letters = w.replace(".", "").replace("&", "");
    if (letters.length() < 2 || letters.length() > 6) return false;
    for (int k = 0; k < letters.length(); k++) if (!Character.isUpperCase(letters.charAt(k))) return false;
    return true;
  }

  /**
   * "the United Nations' Food and Agriculture Organization": an apostrophe glued to a plural before it is its
   * possessive, no opening quotation mark.
   */
  private static boolean pluralApostrophe(List<Token> toks, int k) {
    Token t = toks.get(k);
    if (k < 1 || !(t.is("'") || t.is("’"))) return false;
    Token owner = toks.get(k - 1);
    return owner.end() == t.start() && owner.text().length() > 2 && owner.text().endsWith("s")
        && Character.isUpperCase(owner.text().charAt(0));
  }

  static boolean isOpeningMark(Token t) {
    String w = t.text();
    return w.equals("\"") || w.equals("“") || w.equals("‘") || w.equals("'") || w.equals("(") || w.equals("-")
        || w.equals("—") || w.equals(":");
  }
}
