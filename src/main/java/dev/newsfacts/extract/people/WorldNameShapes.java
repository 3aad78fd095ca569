package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.SurnameParticles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shapes of names from outside the English-speaking world that the capitalised runs cut apart, since the
 * tokenizer splits a hyphen from the words around it: a hyphenated given name ("Jean-Baptiste Mukendi",
 * "Abdel-Rahman") or surname ("Kwabena Owusu-Ansah", then "Owusu-Ansah" alone), a surname after a lower-case
 * article ("Ayman al-Zawahiri", "Al-Masri said"), and a given name the tagger read as a common word before a
 * surname. Also says whether initials before a surname ("M. K. Stalin") name a person.
 */
final class WorldNameShapes {
  /** "M.", "K" or "J.P.": capitals, each with a dot or alone. */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.?|(\\p{Lu}\\.){2,3}");
  private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");

  /** Whether {@code w}, as written, is a lower-case surname particle ("van" in "Pieter van Wyk"). */
  static boolean isSurnameParticle(String w) {
    return SurnameParticles.contains(w);
  }

  /** "al", "el": lower-case articles joined to a surname by a hyphen. */
  private static final Set<String> ARTICLES = WordList.set("/dev/newsfacts/lexicon/en/hyphen-articles.txt");
  /** Generational suffixes, which end a run: a name with one is matched by its surname only through the entity step. */
  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
  /** Parts of speech a name word gets anyway: a given name with another tag is one the tagger did not know. */
  private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X", "PROPN+PART");

  private WorldNameShapes() {}

  /** The runs with hyphenated names and article surnames joined, and given names the tagger missed put in front. */
  static List<NameMention> apply(AnnotatedText at, List<NameMention> runs, GivenNames given) {
    List<NameMention> joined = join(at, runs, given, Set.of());
    Set<String> hyphenated = new HashSet<>();
    for (NameMention m : joined) {
      if (m.words().size() >= 2) for (String w : m.words()) if (w.indexOf('-') > 0) hyphenated.add(w);
    }
    // "Owusu-Ansah told reporters": a surname alone is joined once the article gave it after a given name
    if (!hyphenated.isEmpty()) joined = join(at, joined, given, hyphenated);
    List<NameMention> out = new ArrayList<>(joined.size());
    for (NameMention m : joined) out.add(withMissedGivenName(at, m, given));
    return out;
  }

  private static List<NameMention> join(AnnotatedText at, List<NameMention> runs, GivenNames given, Set<String> seen) {
    List<NameMention> out = new ArrayList<>(runs.size());
    for (NameMention m : runs) {
      NameMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      String glue = last == null ? null : glue(at, last, m, given);
      if (glue != null && joins(last, glue, m, given, seen)) {
        out.set(out.size() - 1, merged(last, glue, m));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The text between two runs when it joins them into one name: a hyphen touching both ("Owusu", "-", "Ansah"),
   * nothing after a word ending in one ("Jean-", "Baptiste"), a space, an article and a hyphen (" al-"), or the dot
   * and space after an initial ("Maya D", ". ", "Song"); else null.
   */
  private static String glue(AnnotatedText at, NameMention a, NameMention b, GivenNames given) {
    if (b.titleStart() != b.start() || b.start() < a.end()) return null;
    List<Token> toks = at.tokens();
    String between = at.text().substring(a.end(), b.start());
    String lastWord = a.words().get(a.words().size() - 1);
    // "Maya D. Song", "M. K. Stalin": the tokenizer split the dot from an initial, and the runs stopped at it (not
    // before "Biden Jr.", which the entity step repairs, and whose "Biden" alone would then find no one)
    if (between.equals(". ") && CAPITAL.matcher(lastWord).matches() && !SUFFIXES.contains(b.words().get(b.words().size() - 1))
        && (a.words().size() == 2 && given.isKnown(a.words().get(0)) || a.words().stream().allMatch(WorldNameShapes::initial))) {
      return between;
    }
    if (toks.get(a.endToken() - 1).sentence() != toks.get(b.firstToken()).sentence()) return null;
    if (NameRuns.endsPossessive(lastWord)) return null;
    if (between.isEmpty()) return lastWord.endsWith("-") ? "" : null;
    if (between.equals("-")) return between;
    if (between.startsWith(" ") && between.endsWith("-")) {
      String article = between.substring(1, between.length() - 1);
      return ARTICLES.contains(article) && article.equals(article.toLowerCase(Locale.ROOT)) ? between : null;
    }
    return null;
  }

  /**
   * Whether the glue makes one name: after an article ("al-") or an initial, with no more than three words after; a
   * hyphen only between a given name and surname and one word ("Kwabena Owusu-Ansah", not "Foster Long-Term
   * Innovation" or "Clinton Global Initiative-America"), after a given name ("Jean-Baptiste", "Abdel-Rahman"), or
   * where the joined word is a surname the article already gave so; "Trump-Pence" and "Israeli-Palestinian" stay
   * apart.
   */
  private static boolean joins(NameMention a, String glue, NameMention b, GivenNames given, Set<String> seen) {
    if (glue.contains(" ")) return b.words().size() <= 3;
    String lastWord = a.words().get(a.words().size() - 1);
    String bare = lastWord.endsWith("-") ? lastWord.substring(0, lastWord.length() - 1) : lastWord;
    if (Titles.isTitleWord(bare)) return false;
    if (ARTICLES.contains(bare.toLowerCase(Locale.ROOT)) && a.words().size() == 1) return true;  // "Al-Masri said"
    if (a.words().size() == 2 && given.isKnown(a.words().get(0)) && b.words().size() == 1 || given.isKnown(bare)) return true;
    // "Health Minister Josée Lavoie-" + "Bergeron": after a title, a given name no list holds and the first half
    if (a.words().size() == 2 && b.words().size() == 1 && !a.title().isEmpty() && glue.isEmpty()) return true;
    return seen.contains(lastWord + glue + b.words().get(0));
  }

  /** One run of both: the glue's part before a space ends the first run's last word, its part after opens the next. */
  private static NameMention merged(NameMention a, String glue, NameMention b) {
    List<String> words = new ArrayList<>(a.words());
    int space = glue.indexOf(' ');
    String last = words.get(words.size() - 1);
    if (space < 0) {
      words.set(words.size() - 1, last + glue + b.words().get(0));
    } else {
      words.set(words.size() - 1, last + glue.substring(0, space));
      words.add(glue.substring(space + 1) + b.words().get(0));
    }
    words.addAll(b.words().subList(1, b.words().size()));
    return new NameMention(a.firstToken(), b.endToken(), a.start(), b.end(), List.copyOf(words), a.title(), a.titleStart());
  }

  /**
   * "… and Imran Khan": a known given name the tagger gave another part of speech (a determiner, an adverb),
   * one space before a run with no title, inside a sentence, joins the run.
   */
  private static NameMention withMissedGivenName(AnnotatedText at, NameMention m, GivenNames given) {
    int i = m.firstToken() - 1;
    if (i < 1 || m.titleStart() != m.start()) return m;
    List<Token> toks = at.tokens();
    Token t = toks.get(i);
    Token prev = toks.get(i - 1);
    String w = t.text();
    if (NAME_TAGS.contains(t.pos()) || "VERB".equals(t.pos()) || "AUX".equals(t.pos()) || w.length() < 3
        || !Character.isUpperCase(w.charAt(0)) || !CharClasses.allLowerCase(w, 1)
        || !given.isKnown(w) || t.sentence() != toks.get(m.firstToken()).sentence() || prev.sentence() != t.sentence()
        || !(Character.isLetterOrDigit(prev.text().charAt(0)) || prev.is(",")) || prev.isCapitalised()
        || m.start() - t.end() != 1 || at.text().charAt(t.end()) != ' ') {
      return m;
    }
    List<String> words = new ArrayList<>();
    words.add(w);
    words.addAll(m.words());
    return new NameMention(i, m.endToken(), t.start(), m.end(), List.copyOf(words), "", t.start());
  }

  /**
   * "al-Masri" for a lone "Al-Masri", capitalised as a sentence's first word, so that it finds "Abdel-Rahman
   * al-Masri"; "de Guzman" for "De Guzman" so that it finds "Arnel de Guzman"; other words as they are.
   */
  static List<String> asInsideName(List<String> words) {
    // "De Guzman said", a sentence's first words, finds "Arnel de Guzman"
    if (words.size() >= 2 && SurnameParticles.contains(words.get(0).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(words.get(0).charAt(0))) {
      List<String> inside = new ArrayList<>(words);
      inside.set(0, words.get(0).toLowerCase(Locale.ROOT));
      return List.copyOf(inside);
    }
    if (words.size() != 1) return words;
    String w = words.get(0);
    int dash = w.indexOf('-');
    if (dash < 2 || !Character.isUpperCase(w.charAt(0)) || !ARTICLES.contains(w.substring(0, dash).toLowerCase(Locale.ROOT))) {
      return words;
    }
    return List.of(Character.toLowerCase(w.charAt(0)) + w.substring(1));
  }

  /**
   * "M. K. Stalin", "K Srinivasa Rao": initials before a surname, two or more of them, or one before a known given
   * name, name a person (one initial alone, "K Street", "A Republican", does not).
   */
  static boolean initialsThenName(NameMention m, GivenNames given) {
    List<String> w = m.words();
    int k = 0;
    while (k < w.size() && initial(w.get(k))) k++;
    if (k == 0 || k >= w.size()) return false;
    String next = w.get(k);
    if (!Character.isUpperCase(next.charAt(0)) || next.length() < 2 || !CharClasses.allLowerCase(next, 1)) {
      return false;
    }
    return k >= 2 && w.get(0).endsWith(".") || k == 1 && !w.get(0).equals("A") && !w.get(0).equals("I") && w.size() >= 3
        && given.isKnown(next);
  }

  /** "M.", "K" or "J.P.": capitals, each with a dot or alone. */
  private static boolean initial(String w) {
    return INITIALS.matcher(w).matches();
  }
}
