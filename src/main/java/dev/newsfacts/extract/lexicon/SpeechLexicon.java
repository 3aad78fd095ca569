package dev.newsfacts.extract.lexicon;

import java.util.HashSet;
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
  private final Map<String, String> manner;
  private final Map<String, String> objectSpeech;
  private final Set<String> objectSpeechPhrases;
  /** The first word of each of {@link #objectSpeechPhrases}: most words open none, and need no phrase built to look up. */
  private final Set<String> objectSpeechPhraseVerbs;
  private final Set<String> notSpeech;
  private final Set<String> negators;
  private final Set<String> openQuestionWords;
  private final Set<String> subordinators;
  private final Set<String> boilerplateMarkers;
  private final Set<String> creditOpeners;
  private final Set<String> captionMarkers;
  private final Set<String> subjectDeterminers;
  private final Set<String> prepositions;
  private final Set<String> contentEnders;
  private final Set<String> namingVerbs;
  private final Set<String> objectReportVerbs;

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
    // the lists below steer precision rules; a language without them simply skips those rules
    this.manner = optional(dir + "manner-verbs.txt") ? WordList.lemmas(dir + "manner-verbs.txt") : Map.of();
    this.objectSpeech = optional(dir + "object-speech-verbs.txt") ? WordList.lemmas(dir + "object-speech-verbs.txt") : Map.of();
    this.objectSpeechPhrases = optionalSet(dir + "object-speech-phrases.txt");
    this.objectSpeechPhraseVerbs = firstWords(objectSpeechPhrases);
    this.notSpeech = optionalSet(dir + "not-speech.txt");
    this.negators = optionalSet(dir + "negators.txt");
    this.openQuestionWords = optionalSet(dir + "open-question-words.txt");
    this.subordinators = optionalSet(dir + "subordinators.txt");
    this.boilerplateMarkers = optionalSet(dir + "boilerplate-markers.txt");
    this.creditOpeners = optionalSet(dir + "credit-openers.txt");
    this.captionMarkers = optionalSet(dir + "caption-markers.txt");
    this.subjectDeterminers = optionalSet(dir + "subject-determiners.txt");
    this.prepositions = optionalSet(dir + "prepositions.txt");
    this.contentEnders = optionalSet(dir + "content-enders.txt");
    this.namingVerbs = optionalSet(dir + "naming-verbs.txt");
    this.objectReportVerbs = optionalSet(dir + "object-report-verbs.txt");
  }

  private static boolean optional(String resource) {
    try {
      return ResourceBytes.exists(resource);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot look for " + resource, e);
    }
  }

  private static Set<String> firstWords(Set<String> phrases) {
    Set<String> out = new HashSet<>();
    for (String p : phrases) if (p.indexOf(' ') >= 0) out.add(p.substring(0, p.indexOf(' ')));
    return Set.copyOf(out);
  }

  private static Set<String> optionalSet(String resource) {
    return optional(resource) ? WordList.set(resource) : Set.of();
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

  /** A speech verb whose noun-phrase object is also what it reports ("announced his candidacy"). */
  public boolean reportsObject(String lemma) {
    return lemma != null && objectReportVerbs.contains(lemma);
  }

  /** A verb that names or judges its object with a complement ("called the plan a disaster"). */
  public boolean namesObject(String lemma) {
    return lemma != null && namingVerbs.contains(lemma);
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

  /** The lemma of a verb of manner ("laughed" gives "laugh"), which attributes only adjacent quoted words; or null. */
  public String mannerLemma(String word) {
    return manner.get(lower(word));
  }

  /**
   * The lemma of a verb whose noun-phrase object is what it attributes ("criticized the plan",
   * "endorsed Lee" gives "criticize", "endorse"), or null.
   */
  public String objectSpeechLemma(String word) {
    return objectSpeech.get(lower(word));
  }

  /** Whether a verb form and the preposition after it attribute their object ("called for", "spoke about"). */
  public boolean isObjectSpeechPhrase(String verb, String preposition) {
    // a verb without a space opens the joined phrase with itself, so only a listed first word can make one
    if (verb.indexOf(' ') < 0 && !objectSpeechPhraseVerbs.contains(lower(verb))) return false;
    return objectSpeechPhrases.contains(lower(verb) + " " + lower(preposition));
  }

  /** Whether a speech verb of this lemma followed by {@code next} does something else ("plead guilty"). */
  public boolean isNotSpeech(String lemma, String next) {
    return lemma != null && notSpeech.contains(lemma + " " + lower(next));
  }

  /** A word that negates the verb after it ("not", "never", "declined" to). */
  public boolean isNegator(String word) {
    return negators.contains(lower(word));
  }

  /** A word that opens a question ("whether", "which"). */
  public boolean opensQuestion(String word) {
    return openQuestionWords.contains(lower(word));
  }

  /** A word after a comma that ends what a cue reports: the writer's own aside follows ("despite", "though"). */
  public boolean endsContent(String word) {
    return contentEnders.contains(lower(word));
  }

  /** A word that opens an adverbial clause ("when", "while"). */
  public boolean isSubordinator(String word) {
    return subordinators.contains(lower(word));
  }

  /** A caption, credit or teaser marker ("photo", "read more"), compared lower case. */
  public boolean isBoilerplateMarker(String phrase) {
    return boilerplateMarkers.contains(lower(phrase));
  }

  /** Markers that open a photo credit in parentheses ("photo", "file photo"), lower case. */
  public Set<String> captionMarkers() {
    return captionMarkers;
  }

  /** Openers of a wire credit in parentheses ("reporting by", "editing by"), lower case. */
  public Set<String> creditOpeners() {
    return creditOpeners;
  }

  /** Determiners that can stand alone as a subject ("this states that", "each claims"), lower case. */
  public boolean isSubjectDeterminer(String word) {
    return subjectDeterminers.contains(lower(word));
  }

  /** A preposition (as opposed to a word the tagger took for one). */
  public boolean isPreposition(String word) {
    return prepositions.contains(lower(word));
  }

  /** Phrases that make the quoted words after them a name ("known as", "so-called"). */
  public Set<String> namingPhrases() {
    return namingPhrases;
  }
}
