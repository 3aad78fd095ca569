package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.NeverNameWords;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "across Delhi, Noida, Gurugram, Ghaziabad and Faridabad", "in Lagos, Kano and Anambra State": a one-word name no
 * list knows, listed by a comma, "and" or "or" next to a place, is a place too. Only words nothing else claimed (a
 * person's name stays one), proper nouns in ordinary case, one word each, not after a place's particle.
 */
final class PlaceListMembers {
  /** Days and months, listed as dates are ("on Friday, Saturday and Sunday"), not as places. */
  private static final Set<String> CALENDAR =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/calendar-names.txt"));

  private PlaceListMembers() {}

  /**
   * Place mentions for such words; {@code claimed} marks tokens inside any mention found so far, {@code personWords}
   * are the words of the article's people ("Obama" alone is not listed as a place).
   */
  static List<Mention> find(AnnotatedText at, List<Mention> found, boolean[] claimed, EntityLexicon lex,
      Set<String> personWords) {
    List<Token> toks = at.tokens();
    int n = toks.size();
    boolean[] placeStart = new boolean[n + 1];
    boolean[] placeEnd = new boolean[n + 1];
    for (Mention m : found) {
      if (m.type() != EntityType.LOCATION) continue;
      int a = at.tokenAtOrAfter(m.start());
      int b = a;
      while (b < n && toks.get(b).start() < m.end()) b++;
      if (a < n) placeStart[a] = true;
      if (b > 0) placeEnd[b - 1] = true;
    }
    List<Mention> out = new ArrayList<>();
    // a member next to one that has just become a place is listed with places too ("Gurugram, Ghaziabad and
    // Faridabad"): one pass forwards, one backwards, so a long hostile list costs two passes, not one per member
    for (int i = 1; i + 1 < n; i++) {
      boolean before = i >= 2 && joiner(toks.get(i - 1)) && placeEnd[i - 2] && same(toks, i - 2, i);
      if (before && open(toks, i, claimed, placeStart, lex, personWords)) mark(toks.get(i), i, out, placeStart, placeEnd);
    }
    for (int i = n - 2; i >= 1; i--) {
      boolean after = i + 2 < n && joiner(toks.get(i + 1)) && placeStart[i + 2] && same(toks, i, i + 2);
      if (after && open(toks, i, claimed, placeStart, lex, personWords)) mark(toks.get(i), i, out, placeStart, placeEnd);
    }
    return out;
  }

  private static boolean open(List<Token> toks, int i, boolean[] claimed, boolean[] placeStart, EntityLexicon lex,
      Set<String> personWords) {
    return !claimed[i] && !placeStart[i] && candidate(toks, i, lex) && !personWords.contains(toks.get(i).text());
  }

  private static void mark(Token t, int i, List<Mention> out, boolean[] placeStart, boolean[] placeEnd) {
    out.add(new Mention(t.start(), t.end(), t.text(), EntityType.LOCATION, t.text()));
    placeStart[i] = true;
    placeEnd[i] = true;
  }

  /** A capitalised proper noun of letters, not opening its sentence, with no capitalised word on either side. */
  private static boolean candidate(List<Token> toks, int i, EntityLexicon lex) {
    Token t = toks.get(i);
    String w = t.text();
    if (w.length() < 3 || !nameTag(t) || !Character.isUpperCase(w.charAt(0))
        || !CharClasses.allLowerCase(w, 1)) {
      return false;
    }
    Token prev = toks.get(i - 1);
    // "Palma de Mallorca": the end of a longer name after its particle
    if (prev.sentence() != t.sentence() || prev.isCapitalised() || toks.get(i + 1).isCapitalised()
        || CapitalisedRuns.PLACE_PARTICLES.contains(prev.text())) {
      return false;
    }
    return lex.demonym(w) == null && lex.organization(w) == null && !lex.isOrgHead(w) && !lex.isPlaceHead(w)
        && !CALENDAR.contains(w)
        && !dev.newsfacts.extract.lexicon.Titles.isTitleWord(w);
  }

  /**
   * A proper noun's tag, or the tag the tagger gives a name it does not know ("sent to Sacramento and Findlay/VERB", "Kanpur and
   * Wazirganj/PRON"): inside a sentence, after a joiner, a capitalised word that is no function word is a name.
   */
  private static boolean nameTag(Token t) {
    return "PROPN".equals(t.pos()) || !"NUM".equals(t.pos()) && !"PUNCT".equals(t.pos()) && !NeverNameWords.contains(t.text());
  }

  private static boolean joiner(Token t) {
    return t.is(",") || t.is("and") || t.is("or");
  }

  private static boolean same(List<Token> toks, int a, int b) {
    return toks.get(a).sentence() == toks.get(b).sentence();
  }
}
