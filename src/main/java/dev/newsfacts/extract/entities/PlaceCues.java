package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.TokenChecks.lowerIn;
import static dev.newsfacts.extract.entities.TokenChecks.sameSentence;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;
import java.util.Set;

/**
 * Words around a capitalised run that say it names a place whatever the lists know of it: a place's preposition or
 * a compass adjective before it ("near Myrtle Grove", "northern Luzon"), a kind of place after it ("Isabela
 * province", "the Murrumbidgee and Goulburn valleys"), a list after "regions such as" ("the Laurentians and the
 * Outaouais"), an apposition ("Othaya, a town in Nyeri"), "from X to Halifax" with a listed place on the other side,
 * "in Hamilton on Friday", "In Preston, taxi driver …" where a place's "in" is plain, an office held for a place after
 * it ("Medellín mayor Andrés Ocampo"), a livelihood followed there ("Wagga grain grower Peter Hines"), and a home
 * town after an age or a resident ("Tyler Brekke, 34, of Lockwood,", "a resident of Hermantown").
 */
final class PlaceCues {
  private static final Set<String> BEFORE = WordList.set("/dev/newsfacts/entities/place-cue-words.txt");
  private static final Set<String> KINDS = WordList.set("/dev/newsfacts/entities/place-kind-nouns.txt");
  private static final Set<String> SETTLEMENTS = WordList.set("/dev/newsfacts/entities/settlement-nouns.txt");
  private static final Set<String> OFFICES = WordList.set("/dev/newsfacts/entities/place-offices.txt");
  private static final Set<String> DWELLERS = WordList.set("/dev/newsfacts/entities/place-dwellers.txt");
  private static final Set<String> OF_HEADS = WordList.set("/dev/newsfacts/entities/place-of-heads.txt");
  private static final Set<String> LIVELIHOODS = WordList.set("/dev/newsfacts/entities/place-livelihoods.txt");
  private static final Set<String> CALENDAR =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/calendar-names.txt"));

  private PlaceCues() {}

  /** Whether the words around tokens {@code a} to {@code b} (exclusive) say they name a place. */
  static boolean cued(List<Token> toks, int a, int b, EntityLexicon lex) {
    return closelyCued(toks, a, b) || listedAfterKind(toks, a) || apposition(toks, a, b) || fromTo(toks, a, b, lex)
        || plainIn(toks, a, b) || officeAfter(toks, a, b) || dwellersOf(toks, a) || livelihoodAfter(toks, a, b)
        || homeAfterAgeAndRole(toks, a, b) || PlacePredicates.follows(toks, a, b);
  }

  /**
   * "former Medellín mayor Andrés Ocampo": an office held for a place, then its holder's name; a title's word before
   * it ("Deputy mayor Núria Ferrer") is the office's.
   */
  static boolean officeAfter(List<Token> toks, int a, int b) {
    if (b + 1 >= toks.size() || !sameSentence(toks, a, b + 1) || !lowerIn(toks.get(b), OFFICES) || !toks.get(b + 1).isCapitalised()) {
      return false;
    }
    for (int k = a; k < b; k++) if (Titles.isTitleWord(toks.get(k).text())) return false;
    return true;
  }

  /**
   * "Wagga grain grower Peter Hines", "Dubbo farmer Ann Lee": a livelihood followed in a place, maybe after one noun
   * of its trade, then a name of two capitalised words.
   */
  static boolean livelihoodAfter(List<Token> toks, int a, int b) {
    int c = b;
    if (c < toks.size() && sameSentence(toks, a, c) && !lowerIn(toks.get(c), LIVELIHOODS) && !toks.get(c).isCapitalised()
        && toks.get(c).pos().startsWith("NOUN")) {
      c++;
    }
    if (c + 2 >= toks.size() || !sameSentence(toks, a, c + 2) || !lowerIn(toks.get(c), LIVELIHOODS)) return false;
    if (!toks.get(c + 1).isCapitalised() || !toks.get(c + 2).isCapitalised()) return false;
    for (int k = a; k < b; k++) if (Titles.isTitleWord(toks.get(k).text())) return false;
    return true;
  }

  /**
   * "Tyler James Brekke, 34, of Lockwood, was charged": news gives a person's age and then the town the person is
   * from; the town's name ends the phrase.
   */
  static boolean homeAfterAge(List<Token> toks, int a, int b) {
    if (a < 4 || !sameSentence(toks, a - 4, a) || !toks.get(a - 1).is("of") || !toks.get(a - 2).is(",") || !toks.get(a - 4).is(",")) {
      return false;
    }
    String age = toks.get(a - 3).text();
    if (age.isEmpty() || age.length() > 3 || !CharClasses.allDigits(age)) return false;
    return b >= toks.size() || !sameSentence(toks, a, b) || toks.get(b).pos().equals("PUNCT");
  }

  /**
   * "Gary Pohl, 71, a retired miner from Proctor, said": after a person's age, a lower-case description of the person
   * and "from" give the town the person is from; the town's name ends the phrase.
   */
  static boolean homeAfterAgeAndRole(List<Token> toks, int a, int b) {
    if (a < 5 || !toks.get(a - 1).is("from") || b < toks.size() && sameSentence(toks, a, b) && !toks.get(b).pos().equals("PUNCT")) {
      return false;
    }
    for (int k = a - 2; k >= Math.max(3, a - 7) && sameSentence(toks, k - 3, a); k--) {
      Token t = toks.get(k);
      if (t.is("a") || t.is("an")) {
        String age = toks.get(k - 2).text();
        return toks.get(k - 1).is(",") && toks.get(k - 3).is(",") && !age.isEmpty() && age.length() <= 3
            && CharClasses.allDigits(age);
      }
      if (t.isCapitalised() || t.pos().equals("PUNCT")) return false;
    }
    return false;
  }

  /**
   * "the village of Okahandja", "20 km north of Rosetown", "the outskirts of Tuam": a settlement's or a side's word
   * and "of" before a name that ends its phrase ("the city of London Corporation" goes on).
   */
  static boolean headOf(List<Token> toks, int a, int b) {
    if (a < 2 || !sameSentence(toks, a - 2, a) || !toks.get(a - 1).is("of") || !lowerIn(toks.get(a - 2), OF_HEADS)) return false;
    if (b >= toks.size() || !sameSentence(toks, a, b)) return true;
    Token next = toks.get(b);
    return !next.isCapitalised() && !next.pos().startsWith("NOUN") && !next.pos().startsWith("PROPN")
        && !next.text().startsWith("'") && !next.text().startsWith("’") && !next.text().startsWith("-");
  }

  /** "a resident of Hermantown", "natives of Chattogram": people who live in or come from the place. */
  static boolean dwellersOf(List<Token> toks, int a) {
    return a >= 2 && sameSentence(toks, a - 2, a) && toks.get(a - 1).is("of") && lowerIn(toks.get(a - 2), DWELLERS);
  }

  /**
   * The cues right at the name, which hold even for a name that opens with a given name ("near Myrtle Grove"): a
   * place's word before it, a kind of place after it, or a person's age before it ("Ann Lee, 41, of Marion Falls").
   */
  static boolean closelyCued(List<Token> toks, int a, int b) {
    return cuedBefore(toks, a, b) || kindAfter(toks, a, b) || homeAfterAge(toks, a, b);
  }

  /**
   * "near Myrtle Grove", "in northern Luzon": a place's word right before the name; not where the name modifies a
   * noun after it ("outside party headquarters", "near World Bank estimates").
   */
  static boolean cuedBefore(List<Token> toks, int a, int b) {
    if (a == 0 || !sameSentence(toks, a - 1, a) || !lowerIn(toks.get(a - 1), BEFORE)) return false;
    return b >= toks.size() || !sameSentence(toks, a, b) || toks.get(b).isCapitalised() || !toks.get(b).pos().startsWith("NOUN");
  }

  /** "Isabela province", "Cagayan and Isabela provinces": a kind of place right after the name or the pair. */
  static boolean kindAfter(List<Token> toks, int a, int b) {
    int j = b;
    if (j < toks.size() && sameSentence(toks, a, j) && toks.get(j).is("and")) {
      j++;
      while (j < toks.size() && sameSentence(toks, a, j) && toks.get(j).isCapitalised()) j++;
      if (j == b + 1) return false;
    }
    return j < toks.size() && sameSentence(toks, a, j) && lowerIn(toks.get(j), KINDS);
  }

  /** "regions such as the Laurentians and the Outaouais": a name in the list after a plural kind of place. */
  static boolean listedAfterKind(List<Token> toks, int a) {
    int k = a - 1;
    for (int names = 0; k >= 0 && names < 4; names++) {
      if (k >= 0 && toks.get(k).is("the")) k--;
      if (k < 0 || !sameSentence(toks, k, a)) return false;
      if (toks.get(k).is("including")) return k > 0 && lowerIn(toks.get(k - 1), KINDS);
      if (toks.get(k).is("as")) {
        return k > 1 && toks.get(k - 1).is("such") && lowerIn(toks.get(k - 2), KINDS);
      }
      if (!toks.get(k).is("and") && !toks.get(k).is(",")) return false;
      k--;
      int end = k;
      while (k >= 0 && sameSentence(toks, k, a) && toks.get(k).isCapitalised()) k--;
      if (k == end) return false;
    }
    return false;
  }

  /** "Othaya, a town in Nyeri", "Wedgeport, the fishing village": a settlement's noun in an apposition. */
  static boolean apposition(List<Token> toks, int a, int b) {
    int k = appositionNoun(toks, a, b, true);
    // "a town in Nyeri", not "the city manager": the kind of place heads the apposition
    return k >= 0 && k + 1 < toks.size() && endsPhrase(toks.get(k + 1));
  }

  /**
   * Where, in an apposition after the name {@code a}..{@code b} (", a", ", an", ", the" and up to three lower-case
   * words), the first settlement's noun stands ("a small farming town"), or a kind of place's too when
   * {@code withKinds}; -1 when none does before a capitalised word.
   */
  static int appositionNoun(List<Token> toks, int a, int b, boolean withKinds) {
    if (b + 2 >= toks.size() || !toks.get(b).is(",") || !sameSentence(toks, a, b + 2)) return -1;
    Token det = toks.get(b + 1);
    if (!det.is("a") && !det.is("an") && !det.is("the")) return -1;
    for (int k = b + 2; k < Math.min(toks.size(), b + 5) && sameSentence(toks, a, k); k++) {
      Token t = toks.get(k);
      if (t.isCapitalised()) return -1;
      if (withKinds && lowerIn(t, KINDS) || lowerIn(t, SETTLEMENTS)) return k;
    }
    return -1;
  }

  /** "from Digby to Halifax": a listed place or town on the other side of "from … to". */
  static boolean fromTo(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (a > 0 && sameSentence(toks, a - 1, a) && toks.get(a - 1).is("from") && b + 1 < toks.size() && toks.get(b).is("to")) {
      return listedRunAt(toks, b + 1, lex);
    }
    if (a > 0 && toks.get(a - 1).is("to") && sameSentence(toks, a - 1, a)) {
      int k = a - 2;
      int end = k + 1;
      while (k >= 0 && sameSentence(toks, k, a) && toks.get(k).isCapitalised()) k--;
      return k >= 0 && k + 1 < end && toks.get(k).is("from") && listed(toks, k + 1, end, lex);
    }
    return false;
  }

  /**
   * "beat the Force 38-12 in Hamilton on Friday", "In Preston, taxi driver Shahid Iqbal said": "in" before the name
   * and a day after it, or "In" opening the sentence and a comma after the name.
   */
  static boolean plainIn(List<Token> toks, int a, int b) {
    if (a == 0 || b + 1 >= toks.size() || !sameSentence(toks, a - 1, b + 1) || !toks.get(a - 1).is("in")) return false;
    if (toks.get(b).is("on") && CALENDAR.contains(toks.get(b + 1).text())) return true;
    boolean opens = a == 1 || toks.get(a - 2).sentence() != toks.get(a - 1).sentence();
    return opens && toks.get(b).is(",") && !toks.get(b + 1).isCapitalised();
  }

  /** "a town in", "a town, ", "a village where": the noun ends its phrase ("the city manager", "the city itself" go on). */
  private static boolean endsPhrase(Token next) {
    if (next.is("of")) return false;
    return next.pos().equals("ADP") || next.pos().equals("PUNCT") || next.is("where") || next.is("that") || next.is("which");
  }

  /**
   * "families in Protea Glen had queued", "a station at Zuikerbosch.": "in" or "at" before a name no list or rule
   * claims, where a clause's end, a comma or a preposition follows it (the name modifies no noun); "into" before
   * one that ends the clause ("a stage into Getaria.").
   */
  static boolean afterInOrAt(List<Token> toks, int a, int b) {
    Token before = a == 0 ? null : toks.get(a - 1);
    if (before == null || !sameSentence(toks, a - 1, a) || before.isCapitalised()
        || !(before.is("in") || before.is("at") || before.is("into"))) {
      return false;
    }
    for (int k = a; k < b; k++) if (!plainName(toks.get(k)) && !(b - a == 1 && nounTaggedName(toks.get(k)))) return false;
    if (SentenceCase.of(toks, a).mostlyCapitalised()) return false;
    if (b >= toks.size() || !sameSentence(toks, a, b)) return true;
    // "an expo in Savusavu next week": where and when
    if (before.is("in") && TimeAfterPlace.opensAt(toks, a, b)) return true;
    Token next = toks.get(b);
    // "a stage into Zarautz.": one goes into a place, but "into Smith's accounts" or "into Acme shares" go on
    if (before.is("into")) return next.is(".") || next.is(",") || next.is(";");
    // "economists at Nedbank estimated": a body's staff are "at" it; a place's people are "in" it
    boolean verbAfterIn = before.is("in") && (next.pos().equals("AUX") || next.pos().equals("VERB"));
    return !next.isCapitalised() && (next.pos().equals("PUNCT") || next.pos().equals("ADP") || verbAfterIn
        || before.is("in") && placeJoinedAfter(toks, b)
        || before.is("in") && purposeAfter(toks, b));
  }

  /**
   * "families in Belmullet and on Achill Island", "homes in Tuam or Headford": "and"/"or" and then another place's
   * preposition or name join a second place to the first.
   */
  private static boolean placeJoinedAfter(List<Token> toks, int b) {
    if (b + 1 >= toks.size() || !sameSentence(toks, b, b + 1) || !(toks.get(b).is("and") || toks.get(b).is("or"))) return false;
    Token after = toks.get(b + 1);
    return after.pos().equals("ADP") && !after.isCapitalised() || plainName(after) || nounTaggedName(after);
  }

  /** "won the sprint in Ermua to take the lead": "to" and a verb after the name say why something happened there. */
  private static boolean purposeAfter(List<Token> toks, int b) {
    return b + 1 < toks.size() && sameSentence(toks, b, b + 1) && toks.get(b).is("to") && toks.get(b + 1).pos().equals("VERB");
  }

  /**
   * "a meeting Tuesday night in Lachine/NOUN.": one capitalised word of letters the tagger called a common noun, after a
   * lower-case preposition inside the sentence, is a name all the same.
   */
  private static boolean nounTaggedName(Token t) {
    String w = t.text();
    if (!"NOUN".equals(t.pos()) || w.length() < 4 || Titles.isTitleWord(w) || CALENDAR.contains(w)) return false;
    for (int i = 1; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i))) return false;
    return Character.isUpperCase(w.charAt(0));
  }

  /** "Zuikerbosch", "Protea": a proper noun of letters in ordinary case, no title ("Sen") and no day. */
  static boolean plainName(Token t) {
    String w = t.text();
    if (!"PROPN".equals(t.pos()) || w.length() < 3 || Titles.isTitleWord(w) || CALENDAR.contains(w)) return false;
    for (int i = 1; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i)) && w.charAt(i) != '-') return false;
    return Character.isUpperCase(w.charAt(0));
  }

  private static boolean listedRunAt(List<Token> toks, int i, EntityLexicon lex) {
    int end = i;
    while (end < toks.size() && sameSentence(toks, i, end) && toks.get(end).isCapitalised() && end - i < 3) end++;
    for (int e = end; e > i; e--) if (listed(toks, i, e, lex)) return true;
    return false;
  }

  private static boolean listed(List<Token> toks, int a, int b, EntityLexicon lex) {
    StringBuilder s = new StringBuilder();
    for (int k = a; k < b; k++) s.append(k > a ? " " : "").append(CapitalisedRuns.word(toks.get(k)));
    String w = s.toString();
    return lex.place(w) != null || lex.isTown(w);
  }
}
