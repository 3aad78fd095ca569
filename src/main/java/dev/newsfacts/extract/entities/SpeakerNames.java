package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * A quote's speaker name the person step did not keep ("Priya Raman", said after her quote): whether it
 * reads as a person's name, and where the article writes it.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /**
   * Two to four capitalised words, none of them an organisation's head word or a document's ("Fifth Amendment"),
   * the whole no listed place or group.
   */
  static boolean personLike(String name, EntityLexicon lex) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 4) return false;
    if (lex.place(name) != null || lex.organization(name) != null || lex.demonym(name) != null) return false;
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || lex.isOrgHead(w) || lex.isDocumentWord(w) || lex.place(w) != null
          || lex.organization(w) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * "MacNab said": a one-word speaker name the tagger reads as a proper noun where the quote names it, no list
   * knows, and the article never writes in lower case ("police", "today", "aides" are words, not surnames).
   */
  static boolean surnameLike(String name, TextSpan mention, AnnotatedText at, EntityLexicon lex) {
    if (mention == null || name.contains(" ") || name.length() < 3 || !name.equals(mention.text())) return false;
    if (!Character.isUpperCase(name.charAt(0)) || !CharClasses.allLowerCase(name, 1)
        || name.endsWith("s")) {
      return false;
    }
    if (CALENDAR.contains(name.toLowerCase(Locale.ROOT)) || lex.place(name) != null || lex.organization(name) != null
        || lex.demonym(name) != null || lex.isOrgHead(name) || lex.isDocumentWord(name) || lex.isPlatform(name) || Titles.isTitleWord(name)) {
      return false;
    }
    // "Del. Marcia Price": an abbreviation, not a name
    if (mention.end() < at.text().length() && at.text().charAt(mention.end()) == '.') return false;
    int i = at.tokenAtOrAfter(mention.start());
    if (i >= at.tokens().size() || !"PROPN".equals(at.tokens().get(i).pos())) return false;
    // "Ultimately, ..." opening a sentence is an adverb the tagger may call a proper noun; "God" is no one's surname
    if (name.endsWith("ly") || NOT_SURNAMES.contains(name)) return false;
    String lower = name.toLowerCase(Locale.ROOT);
    return WholeWords.find(at.text(), lower, 0, WholeWords.LETTER) < 0;
  }

  /**
   * "The League to Save Lake Tahoe said": a speaker's name right after "to" that follows a capitalised word is the
   * end of a body's name, which the body's head word opens, no one's.
   */
  static boolean endsBodyName(TextSpan mention, AnnotatedText at) {
    if (mention == null) return false;
    int k = at.tokenAtOrAfter(mention.start());
    List<Token> toks = at.tokens();
    if (k < 2 || k >= toks.size() || toks.get(k).start() != mention.start()) return false;
    Token to = toks.get(k - 1);
    Token head = toks.get(k - 2);
    return to.is("to") && head.isCapitalised() && head.sentence() == toks.get(k).sentence();
  }

  /**
   * "the U.S. Drought Monitor reported", "according to Drewry's Cancelled Sailings Tracker": a speaker's name whose first
   * word no given-name list knows and the article also writes in lower case as a plain word ("drought") names a thing.
   */
  static boolean opensWithPlainWord(String name, AnnotatedText at, dev.newsfacts.extract.lexicon.GivenNames given) {
    int space = name.indexOf(' ');
    String first = space < 0 ? name : name.substring(0, space);
    if (first.length() < 3 || given.isKnown(first) || !CharClasses.allLowerCase(first, 1)) return false;
    return WholeWords.find(at.text(), first.toLowerCase(Locale.ROOT), 0, WholeWords.LETTER) >= 0;
  }

  /** Capitalised words the tagger may call a proper noun that name no one ("God"). */
  private static final Set<String> NOT_SURNAMES = Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/entities/not-surnames.txt"));

  /** Days and months: "Wednesday" opens many a sentence as a proper noun. */
  private static final Set<String> CALENDAR = WordList.set("/dev/newsfacts/lexicon/en/calendar-names.txt");
  private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him", "himself", "herself");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");

  /**
   * Whether the sentences that write the name and the ones right after them say "he" or "she" more often than "it":
   * "Assad said ... He added" is a person, "Verizon said ... its customers" a company.
   */
  static boolean referredToAsPerson(String name, AnnotatedText at) {
    List<Token> toks = at.tokens();
    Set<Integer> sentences = new HashSet<>();
    for (Token t : toks) if (t.text().equals(name)) sentences.add(t.sentence());
    int personal = 0;
    int neuter = 0;
    for (Token t : toks) {
      if (!sentences.contains(t.sentence()) && !sentences.contains(t.sentence() - 1)) continue;
      String w = t.text().toLowerCase(Locale.ROOT);
      if (PERSONAL.contains(w)) personal++;
      else if (NEUTER.contains(w)) neuter++;
    }
    return personal > 0 && personal > neuter;
  }

  /** Every place the name is written as a whole word sequence, leaving out what other entities already cover. */
  static List<TextSpan> occurrences(String text, String name, List<TextSpan> taken) {
    List<TextSpan> out = new ArrayList<>();
    for (int start = WholeWords.find(text, name, 0, WholeWords.LETTER_OR_NUMBER); start >= 0;
        start = WholeWords.find(text, name, start + name.length(), WholeWords.LETTER_OR_NUMBER)) {
      int end = start + name.length();
      boolean free = true;
      for (TextSpan t : taken) free &= t.end() <= start || t.start() >= end;
      if (free) out.add(new TextSpan(start, end, name));
    }
    return out;
  }
}
