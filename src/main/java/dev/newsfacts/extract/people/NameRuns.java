package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds runs of capitalised words and splits off the title words that open them. */
final class NameRuns {
  /** Title words that are also names ("Dean", "King"): a title only where no other name word precedes them. */
  private static final Set<String> ALSO_NAMES = WordList.set("/dev/newsfacts/lexicon/en/titles-also-names.txt");

  private NameRuns() {}

  /** Words of a minister's portfolio after "of" ("Foreign Affairs"): part of the title, not of the name. */
  private static final Set<String> PORTFOLIO = WordList.set("/dev/newsfacts/lexicon/en/portfolio-words.txt");

  /** Articles that open a name in Spanish, French, Italian and German ("Los", "La", "Die"). */
  private static final Set<String> ARTICLES = Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/name-articles.txt"));

  /** A capitalised word of letters ("Poel", "Merwe"). */
  private static final java.util.regex.Pattern SURNAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

  /** @param news the rules of news copy: capitalised verbs that are names */
  static List<NameMention> find(AnnotatedText at, Set<String> notNames, NewsNameRules news) {
    List<Token> toks = at.tokens();
    List<NameMention> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Token t = toks.get(i);
      boolean startsRun = PersonIndex.nameLike(t, notNames) || Titles.isTitleWord(t.text()) && t.isCapitalised()
          || news.capitalisedVerbIsName(toks, i) && !notNames.contains(PersonIndex.lower(t.text()))
          || BareInitials.opensName(at, i, notNames) || MistaggedNames.isName(toks, i);
      if (!startsRun) {
        i++;
        continue;
      }
      int j = i + 1;
      int k;
      while (j < toks.size()) {
        Token u = toks.get(j);
        Token prev = toks.get(j - 1);
        if (u.sentence() != t.sentence()) break;
        // one plain space apart: a mention's text is its words joined by spaces, and must equal the text
        // at its offsets (fuzz finding crash-36d3d294: "OkaPl" glued tokens became "Oka Pl")
        // an honorific the tokenizer split from its dot: "Smt. Lata Iyer", "Hon. Wanjiru Kamau"
        if (u.is(".") && j == i + 1 && u.start() == prev.end() && Titles.isHonorific(prev.text())
            && j + 1 < toks.size() && toks.get(j + 1).isCapitalised() && toks.get(j + 1).sentence() == t.sentence()) {
          j++;
          continue;
        }
        boolean adjacent = u.start() - prev.end() == 1 && at.text().charAt(prev.end()) == ' ';
        int piece = SurnamePieces.after(at, i, j);
        if (!adjacent && !(piece > j && SurnamePieces.glued(toks, j))) break;
        // "Tim Kaine's Senate seat", "Fox News' Megyn Kelly": a possessive ends the name it is on
        if (endsPossessive(prev.text())) break;
        if (PersonIndex.nameLike(u, notNames) || possessiveName(u, notNames) || punctPossessiveName(at, i, j, notNames) || (Titles.isTitleWord(u.text()) && u.isCapitalised())
            || news.capitalisedVerbIsName(toks, j) && !notNames.contains(PersonIndex.lower(u.text()))
            || MistaggedNames.isName(toks, j)) {
          j++;
        } else if (piece > j && !Titles.isTitleWord(prev.text())) {
          j = piece; // "Bernie d'Entremont", "Hauwa Bello-Ibrahim": a surname the tagger tags as no name
        } else if ((k = afterParticles(at, i, j, notNames)) > j) {
          j = k; // "Hugo de Groot", "Anna van der Berg": the particles and the surname after them
        } else if (u.is(".") && prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))
            && j + 1 < toks.size() && toks.get(j + 1).isCapitalised()) {
          j++; // an initial split from its dot: "Kevin D. Williamson"
        } else if (TitlesWithOfThe.opensOffice(toks, j)) {
          j += 3; // "Justice of the Peace Gail Venard"
        } else if ((u.is("of") || u.is("for") && portfolioAfter(toks, j)) && Titles.isTitleWord(prev.text())
            && j + 1 < toks.size() && toks.get(j + 1).isCapitalised()) {
          j++; // "Secretary of State", "Minister for Housing James Brennan"
        } else if (PortfoliosWithAnd.goesOn(toks, i, j)) {
          // "Minister of Electricity and Energy Lindiwe Mahlangu", "... and the Environment Grace Fu"
          j += toks.get(j + 1).is("the") ? 2 : 1;
        } else {
          break;
        }
      }
      add(at, i, j, out);
      i = j;
    }
    return out;
  }

  /**
   * Where a surname's lower-case particles at {@code j} and the capitalised word after them end ("de Groot" of
   * "Hugo de Groot"), or {@code j}: only after one or two name words that are no title (not "Banco de Chile" inside a longer
   * run, not "Minister de ..."), each word one plain space from the last.
   */
  static int afterParticles(AnnotatedText at, int i, int j, Set<String> notNames) {
    List<Token> toks = at.tokens();
    // "Crown Prince Mohammed bin Salman": the name words start after the run's last capitalised title word
    int from = i;
    for (int n = j - 1; n >= i; n--) {
      if (Titles.isTitleWord(toks.get(n).text()) && toks.get(n).isCapitalised()) {
        from = n + 1;
        break;
      }
    }
    if (from == j || j - from > 2) return j;
    // "Álvaro Ruiz de Lara": two name words before the particles, a given name and a first surname
    // "councillor Pieter van Wyk": after a lower-case title the tagger's noun for a given name it does not know is a name
    boolean titled = from > i || i > 0 && Titles.isTitleWord(toks.get(i - 1).text()) && !toks.get(i - 1).isCapitalised()
        && toks.get(i - 1).sentence() == toks.get(i).sentence();
    for (int n = from; n < j; n++) {
      Token w = toks.get(n);
      if (Titles.isTitleWord(w.text()) || !"PROPN".equals(w.pos()) && !(titled && w.isCapitalised())) return j;
    }
    // "Los Hijos de Trump": an article opening two words names a group, not a person
    if (j - from == 2 && ARTICLES.contains(toks.get(from).text())) return j;
    int k = j;
    while (k < toks.size() && k - j < 2 && WorldNameShapes.isSurnameParticle(toks.get(k).text()) && spaced(at, k)) k++;
    if (k == j || k >= toks.size() || !spaced(at, k) || toks.get(k).sentence() != toks.get(i).sentence()) return j;
    Token surname = toks.get(k);
    // "Mathieu van der Poel", "Pieter van der Merwe": the tagger may call the word after the particles a noun or a
    // pronoun; a capitalised word of letters there is the surname's, whatever its tag, unless a verb
    boolean named = "PROPN".equals(surname.pos()) && PersonIndex.nameLike(surname, notNames)
        || SURNAME_WORD.matcher(surname.text()).matches() && !notNames.contains(PersonIndex.lower(surname.text()))
            && !surname.pos().startsWith("VERB") && !surname.pos().startsWith("AUX");
    return named && !Titles.isTitleWord(surname.text()) ? k + 1 : j;
  }

  /** Whether token {@code k} follows the one before it after exactly one plain space. */
  private static boolean spaced(AnnotatedText at, int k) {
    Token prev = at.tokens().get(k - 1);
    return at.tokens().get(k).start() - prev.end() == 1 && at.text().charAt(prev.end()) == ' ';
  }

  /**
   * "Minister of Industry Ana Reyes": the word after a title's "of", and portfolio words after it, are the
   * office, so the name starts after them, and "the Minister of Industry said" names no one.
   */
  static int afterPortfolio(List<Token> toks, int from, int nameStart, int to) {
    if (nameStart >= to) return nameStart;
    int k;
    if (nameStart > from && (toks.get(nameStart - 1).is("of") || toks.get(nameStart - 1).is("for"))) {
      k = nameStart + 1;
    } else if (nameStart - 1 > from && (toks.get(nameStart - 2).is("of") || toks.get(nameStart - 2).is("for"))
        && PORTFOLIO.contains(PersonIndex.lower(toks.get(nameStart).text()))) {
      k = nameStart; // "Minister of Foreign Affairs": the title word "Foreign" opened the portfolio
    } else {
      return nameStart;
    }
    while (k < to && PORTFOLIO.contains(PersonIndex.lower(toks.get(k).text()))) k++;
    return PortfoliosWithAnd.afterSecondPart(toks, k, to);
  }

  /**
   * "Minister for Housing": a title's "for" joins only a portfolio, so that "Candidate for Congress Ann Lee" or
   * "spokesman for Acme" are read as before. A portfolio is a portfolio word, or a capitalised word that one follows
   * ("Foreign Affairs") or that "and" and a second portfolio follow ("Water and the Environment").
   */
  private static boolean portfolioAfter(List<Token> toks, int j) {
    if (j + 1 >= toks.size()) return false;
    if (PORTFOLIO.contains(PersonIndex.lower(toks.get(j + 1).text()))) return true;
    Token first = toks.get(j + 1);
    if (j + 2 >= toks.size() || !first.isCapitalised()) return false;
    return PORTFOLIO.contains(PersonIndex.lower(toks.get(j + 2).text()))
        || !Titles.isTitleWord(first.text()) && PortfoliosWithAnd.goesOn(toks, j - 1, j + 2);
  }

  /** "Kasich’s" is Kasich: the tokenizer leaves a curly possessive on the word. */
  static String stripPossessive(String w) {
    if (w.endsWith("’s") || w.endsWith("'s")) return w.substring(0, w.length() - 2);
    if (w.equals("’") || w.equals("'")) return "";
    return w;
  }

  /**
   * "Kaine's" of "Tim Kaine's seat": the tagger gives a name with its possessive the tag PROPN+PART. It ends a
   * longer name; alone ("Clinton's candidacy") it is left to the entity step, so that no speaker is a possessive.
   */
  private static boolean possessiveName(Token t, Set<String> notNames) {
    return "PROPN+PART".equals(t.pos()) && Character.isUpperCase(t.text().charAt(0))
        && !notNames.contains(PersonIndex.lower(stripPossessive(t.text())));
  }

  /**
   * "Donald Trump’s": the tagger often reads a word with a curly possessive as punctuation. It ends a name of one
   * or two proper nouns with no title word before it, unless the whole is a place ("South Carolina’s") or the word
   * an organisation's head ("Coalition’s").
   */
  private static boolean punctPossessiveName(AnnotatedText at, int i, int j, Set<String> notNames) {
    List<Token> toks = at.tokens();
    Token t = toks.get(j);
    String w = t.text();
    if (!"PUNCT".equals(t.pos()) || !w.endsWith("’s") || w.length() < 4 || !Character.isUpperCase(w.charAt(0))
        || !CharClasses.allLetters(w, 0, w.length() - 2) || j - i > 2) return false;
    String base = stripPossessive(w);
    if (notNames.contains(PersonIndex.lower(base)) || OrganizationWords.isHead(base)) return false;
    StringBuilder whole = new StringBuilder();
    for (int k = i; k < j; k++) {
      Token u = toks.get(k);
      if (!"PROPN".equals(u.pos()) || Titles.isTitleWord(u.text())) return false;
      whole.append(u.text()).append(' ');
    }
    return !Places.isPlace(whole + base);
  }

  /** "Kaine's", "Kaine’s", "News'": a name word carrying a possessive, which no name goes on after. */
  static boolean endsPossessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’"));
  }

  /** "Marcus Dean Whitley": a title word that is also a name, right after a name word that is no title. */
  private static boolean insideName(List<Token> toks, int k, int from) {
    if (k - 1 < from || !ALSO_NAMES.contains(toks.get(k).text().toLowerCase(java.util.Locale.ROOT))) return false;
    Token prev = toks.get(k - 1);
    return prev.isCapitalised() && !Titles.isTitleWord(prev.text()) && "PROPN".equals(prev.pos());
  }

  private static void add(AnnotatedText at, int from, int to, List<NameMention> out) {
    List<Token> toks = at.tokens();
    int nameStart = from;
    boolean givenFirst = LeadingGivenNameTitle.at(toks, from, to);
    while (!givenFirst && nameStart < to && (Titles.isTitleWord(toks.get(nameStart).text()) || toks.get(nameStart).is("of")
        || toks.get(nameStart).is("for") || nameStart > from && toks.get(nameStart).is("."))) {
      nameStart++;
    }
    // "Justice of the Peace Gail Venard": "the" and the office's word after it are the title's
    if (nameStart < to && TitlesWithOfThe.officeAt(toks, from, nameStart)) nameStart = Math.min(to, nameStart + 2);
    else nameStart = afterPortfolio(toks, from, nameStart, to);
    // "Communications Minister Cathal Brennan": the name starts after the run's last title word
    for (int k = to - 2; k >= nameStart && !givenFirst; k--) {
      if (Titles.isTitleWord(toks.get(k).text()) && toks.get(k).isCapitalised() && !insideName(toks, k, from)) {
        nameStart = k + 1;
        break;
      }
    }
    nameStart = CompoundHonorifics.nameStart(toks, from, nameStart, to);
    nameStart = BodyMemberTitles.nameStart(toks, nameStart, to);
    nameStart = OccupationBeforeName.nameStart(toks, nameStart, to);
    // "Moroccan Hassan Idrissi": the nationality is a word of its own, no title of the person's
    int named = NationalityBeforeName.nameStart(toks, from, nameStart, to);
    if (named > nameStart) {
      nameStart = named;
      from = named;
    }
    // a lone capital and dot belongs to the name ("Donald J. Trump")
    if (nameStart >= to) return;
    to = PostNominals.nameEnd(toks, nameStart, to);
    // lower-case title words just before the run ("spokesman Matthew Miller")
    int titleFrom = from;
    while (titleFrom > 0 && Titles.isTitleWord(toks.get(titleFrom - 1).text())
        && toks.get(titleFrom - 1).sentence() == toks.get(from).sentence()) {
      titleFrom--;
    }
    if (ModifiedRoleQualifiers.qualifiesRole(toks, titleFrom, nameStart, to)) return;
    List<String> words = new ArrayList<>();
    for (int k = nameStart; k < to; k++) {
      String w = stripPossessive(toks.get(k).text());
      if (w.isEmpty()) continue;
      // "Asante" "-" "Mensah": a hyphen and the half glued after it go onto the word before
      boolean onto = w.equals(".") || w.startsWith("-") && SurnamePieces.glued(toks, k)
          || SurnamePieces.glued(toks, k) && k > nameStart && toks.get(k - 1).text().endsWith("-");
      if (onto && !words.isEmpty()) words.set(words.size() - 1, words.get(words.size() - 1) + w);
      else words.add(w);
    }
    StringBuilder title = new StringBuilder();
    for (int k = titleFrom; k < nameStart; k++) {
      if (title.length() > 0 && !(toks.get(k).is(".") && toks.get(k).start() == toks.get(k - 1).end())) title.append(' ');
      title.append(toks.get(k).text());
    }
    out.add(new NameMention(nameStart, to, toks.get(nameStart).start(), toks.get(to - 1).end(), List.copyOf(words),
        title.toString(), toks.get(titleFrom).start()));
  }
}
