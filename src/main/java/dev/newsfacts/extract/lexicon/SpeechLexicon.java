package dev.newsfacts.extract.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one language that attribute speech, handed to the quote sieves so that another
 * language can bring its own lists: speech and stance verbs, and the small lists that steer the
 * rules around them. Read from {@code /dev/newsfacts/lexicon/<language>/}; see the comments at
 * the top of each file.
 */
public final class SpeechLexicon {
  private final Map<String, String> speech;
  private final Map<String, String> stance;
  private final Set<String> quoteVerbs;
  private final Set<String> unambiguousVerbs;
  private final Set<String> objectFirstVerbs;
  private final Set<String> addresseeVerbs;
  private final Set<String> messageNouns;
  private final Set<String> timeWords;
  private final Set<String> betweenSubjectAndVerb;
  private final Set<String> namingPhrases;

  private SpeechLexicon(String dir) {
    this.speech = WordList.lemmas(dir + "speech-verbs.txt");
    this.stance = WordList.lemmas(dir + "stance-verbs.txt");
    this.quoteVerbs = WordList.set(dir + "quote-verbs.txt");
    this.unambiguousVerbs = WordList.set(dir + "unambiguous-verbs.txt");
    this.objectFirstVerbs = WordList.set(dir + "object-first-verbs.txt");
    this.addresseeVerbs = WordList.set(dir + "addressee-verbs.txt");
    this.messageNouns = WordList.set(dir + "message-nouns.txt");
    this.timeWords = WordList.set(dir + "time-words.txt");
    this.betweenSubjectAndVerb = WordList.set(dir + "between-subject-and-verb.txt");
    this.namingPhrases = WordList.set(dir + "naming-phrases.txt");
  }

  private static final class English {
    static final SpeechLexicon LEXICON = new SpeechLexicon("/dev/newsfacts/lexicon/en/");
  }

  /** The English lists, read once. */
  public static SpeechLexicon english() {
    return English.LEXICON;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** The lemma of a speech verb form ("said" gives "say"), or null. */
  public String speechLemma(String word) {
    return speech.get(lower(word));
  }

  /** The lemma of a stance verb form ("believes" gives "believe"), or null. */
  public String stanceLemma(String word) {
    return stance.get(lower(word));
  }

  /** Verbs that reliably introduce quoted words (speech, and naming: "called it a ..."). */
  public boolean isQuoteVerb(String lemma) {
    return lemma != null && quoteVerbs.contains(lemma);
  }

  /** A form that is a verb whatever its POS tag ("said", "told"). */
  public boolean isUnambiguousVerb(String word) {
    return unambiguousVerbs.contains(lower(word));
  }

  /** A verb whose next noun phrase is its object ("told reporters"), so the source never follows it. */
  public boolean takesObjectFirst(String lemma) {
    return objectFirstVerbs.contains(lemma);
  }

  /** A verb that names its listener before what was said ("told reporters that"). */
  public boolean takesAddressee(String lemma) {
    return lemma != null && addresseeVerbs.contains(lemma);
  }

  /** A noun of a message that speaks for itself ("a statement saying"). */
  public boolean isMessageNoun(String word) {
    return messageNouns.contains(lower(word));
  }

  /** A word of time after a speech verb ("said Tuesday"). */
  public boolean isTimeWord(String word) {
    return timeWords.contains(lower(word));
  }

  /** An adverb, auxiliary or time word that may stand between a source and its verb. */
  public boolean mayStandBetweenSubjectAndVerb(String word) {
    return betweenSubjectAndVerb.contains(lower(word));
  }

  /** Phrases that make the quoted words after them a name ("known as", "so-called"). */
  public Set<String> namingPhrases() {
    return namingPhrases;
  }
}
