package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/** Recognises the words that attribute: speech and stance verbs, and "according to". */
final class Cues {
  private final List<Token> toks;
  private final SpeechLexicon lexicon;

  Cues(List<Token> toks, SpeechLexicon lexicon) {
    this.toks = toks;
    this.lexicon = lexicon;
  }

  /**
   * Length in tokens of the cue starting at {@code i} (0 when there is none). Without
   * {@code withStance} only plain speech counts (for quotation marks); with it, also verbs
   * of stance and evidence ("believes", "shows"), which PolNeAR-style reported speech includes.
   */
  int cueAt(int i, boolean withStance) {
    Token t = toks.get(i);
    if (t.is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) return 2;
    if ((t.is("put") || t.is("puts")) && i + 1 < toks.size() && toks.get(i + 1).is("it")) {
      return LiteralPutIt.isAttribution(toks, i) ? 2 : 0;
    }
    if (t.is("known") || t.is("called") && isPassive(i)) return 0;
    // "a website called "Cape Breton If Trump Wins"": naming a thing is not speaking
    if (NamingParticiple.at(toks, i)) return 0;
    if (QuotedAsSaying.at(toks, i)) return QuotedAsSaying.LENGTH;
    // "defences have not been maintained, a report found", "the man was ordered held", "the commission is
    // expected to report": the subject of a passive speech verb is not the one who speaks; only an agent
    // ("was asked by host Bill Maher") is
    // the bound first: false at every article's last token, so the compiled method keeps that branch instead of
    // dropping it and being thrown out the day a passive verb ends an article
    if (i + 1 < toks.size() && isPassive(i) && closesPassive(toks.get(i + 1), withStance) && !isProgressiveBeforeInfinitive(i)) {
      return 0;
    }
    if (isNameWord(i)) return 0;
    // '"Let me talk," Trump shot back': a verb and its particle attribute quoted words; reported speech
    // reads the verb alone as before ("pointed out that ...")
    if (!withStance && PhrasalQuoteVerb.at(toks, i)) return PhrasalQuoteVerb.LENGTH;
    // "called for a ban", "spoke about the economy": with its preposition the verb attributes its object
    if (withStance && isObjectPhrase(i)) return taggedAsVerb(i) ? 2 : 0;
    // "sees Cruz as a uniter", "viewed the deal as a betrayal": the subject's view of the object
    if (withStance && RegardAs.at(toks, i)) return 1;
    String lemma = lexicon.speechLemma(t.text());
    // "pleaded guilty", "pointed to", "calling for a ban", "adds up": the verb does something else
    if (i + 1 < toks.size() && lexicon.isNotSpeech(lemma, toks.get(i + 1).text())) return 0;
    // "her campaign would continue "to break barriers"": the pair holds across the opening quotation mark
    if (i + 2 < toks.size() && SourceFinder.isQuoteMark(toks.get(i + 1)) && toks.get(i + 1).end() == toks.get(i + 2).start()
        && lexicon.isNotSpeech(lemma, toks.get(i + 2).text())) {
      return 0;
    }
    // "Ontario will add 3,000 beds": adding a quantity is not adding words
    if ("add".equals(lemma) && i + 1 < toks.size() && "NUM".equals(toks.get(i + 1).pos())) return 0;
    if (!withStance && lemma == null && lexicon.mannerLemma(t.text()) != null) {
      // "“Never,” she laughed": a verb of manner attributes the quoted words next to it, nothing else
      return "VERB".equals(t.pos()) ? 1 : 0;
    }
    boolean core = lexicon.isQuoteVerb(lemma);
    if (!core && !(withStance && (lemma != null || lexicon.stanceLemma(t.text()) != null
        || lexicon.objectSpeechLemma(t.text()) != null))) return 0;
    return taggedAsVerb(i) ? 1 : 0;
  }

  /**
   * The UD tagger often mistags the verb right after a closing quote mark ("Trump/ADJ said/NOUN"),
   * so forms that are hardly ever nouns count as verbs whatever their tag, unless a determiner
   * makes them nouns ("the said"); forms that are often nouns ("claims", "calls") need the tag.
   */
  private boolean taggedAsVerb(int i) {
    Token t = toks.get(i);
    if (!lexicon.isUnambiguousVerb(t.text()) && PluralNounReading.at(toks, i, lexicon)) return false;
    if (AttributiveParticiple.at(toks, i)) return false;
    if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
      // "Trump's charge", "his claims": a noun the tagger took for a verb
      return i == 0 || !isPossessive(toks.get(i - 1)) || lexicon.isUnambiguousVerb(t.text());
    }
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    if (i > 0 && ("DET".equals(toks.get(i - 1).pos()) || isPossessive(toks.get(i - 1)))) return false;
    // "a voice-over in the ad states.", "Viguerie concludes.", "and claims that": a verb by its place
    if (i + 1 < toks.size() && introducesWords(toks.get(i + 1)) && i > 0 && !"ADJ".equals(toks.get(i - 1).pos())) {
      return true;
    }
    return lexicon.isUnambiguousVerb(w) || (w.endsWith("ed") || w.endsWith("ing")) && !"ADJ".equals(t.pos());
  }

  /**
   * "spokeswoman Hope Hicks said", "The Washington Post reported": a capitalised word inside a
   * sentence written in lower case is part of a name, not a verb; a title-case headline keeps its
   * verbs ("Mayor Says Budget Is Sound").
   */
  private boolean isNameWord(int i) {
    Token t = toks.get(i);
    if (!t.isCapitalised() || i == 0 || toks.get(i - 1).sentence() != t.sentence()) return false;
    Token prev = toks.get(i - 1);
    if ("PUNCT".equals(prev.pos()) || SourceFinder.isQuoteMark(prev)) return false;
    for (int k = Math.max(0, i - 4); k < Math.min(toks.size(), i + 5); k++) {
      Token w = toks.get(k);
      if (k == i || w.sentence() != t.sentence()) continue;
      if (!w.text().isEmpty() && Character.isLowerCase(w.text().charAt(0)) && w.text().length() > 3) return true;
    }
    return false;
  }

  boolean isAccordingTo(int i) {
    return toks.get(i).is("according");
  }

  String lemma(int i) {
    String l = lexicon.speechLemma(toks.get(i).text());
    if (l == null) l = lexicon.stanceLemma(toks.get(i).text());
    if (l == null) l = lexicon.objectSpeechLemma(toks.get(i).text());
    return l != null ? l : RegardAs.lemma(toks.get(i).text());
  }

  /** Whether the verb at {@code i} attributes its noun-phrase object ("criticized the plan"). */
  boolean attributesObject(int i) {
    return lexicon.objectSpeechLemma(toks.get(i).text()) != null || isObjectPhrase(i) || RegardAs.at(toks, i);
  }

  private boolean isObjectPhrase(int i) {
    return i + 1 < toks.size() && lexicon.isObjectSpeechPhrase(toks.get(i).text(), toks.get(i + 1).text());
  }

  /**
   * Whether the source may follow the verb ("said Miller"): not for verbs whose next noun
   * phrase is their object ("calling the attack ...", "told reporters"), nor for participles.
   */
  boolean invertible(int i) {
    String w = toks.get(i).text().toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith("ing")) return false;
    String lemma = lemma(i);
    // "endorsed Lee", "called for a ban": the words after the verb are its object, unless the quote
    // just closed is the object ('"…," explained Rosenberg')
    if (attributesObject(i)) {
      return !isObjectPhrase(i) && InvertedAfterQuote.at(toks, i) && (lemma == null || !lexicon.takesObjectFirst(lemma));
    }
    if (lemma == null) return true;
    if (lemma.equals("ask") && (w.equals("asked") || w.equals("asks"))) return true;
    // '"…," warned Clinton': right after the quote its object is the quote, so the name speaks
    return !lexicon.takesObjectFirst(lemma) || InvertedAfterQuote.at(toks, i);
  }

  /**
   * A participle after a comma ("..., calling it", "..., adding that") takes the clause's subject;
   * so does one after a plain object ("emailed supporters saying"), but not one after a message
   * ("a statement saying", "an ad calling"), which speaks for itself.
   */
  boolean isParticiple(int i) {
    if (!toks.get(i).text().endsWith("ing") || i == 0) return false;
    Token prev = toks.get(i - 1);
    if (prev.is(",")) return true;
    // "were "overblown," adding that": the comma sits inside the closing mark
    if (SourceFinder.isQuoteMark(prev) && i >= 2 && toks.get(i - 2).is(",")) return true;
    return "NOUN".equals(prev.pos()) && !lexicon.isMessageNoun(prev.text());
  }

  private static boolean introducesWords(Token t) {
    return t.is(".") || t.is(",") || t.is(":") || t.is("that") || SourceFinder.isQuoteMark(t);
  }

  private static boolean isPossessive(Token t) {
    String w = t.text();
    return w.endsWith("’s") || w.endsWith("'s") || w.equals("’s") || w.equals("'s") || t.is("his") || t.is("her")
        || t.is("their") || t.is("its") || t.is("our") || t.is("my") || t.is("your");
  }

  /** What follows a passive that reports nothing: the clause's end, or (for reported speech) another verb or "to". */
  private static boolean closesPassive(Token next, boolean withStance) {
    if (SourceFinder.isQuoteMark(next)) return false;
    return "PUNCT".equals(next.pos()) || withStance && ("VERB".equals(next.pos()) || next.is("to"));
  }

  /**
   * "is pledging to take", "were urging voters": "be" before a present participle is the progressive, and
   * the infinitive after it is what the subject says; "were talking to her party" has no infinitive.
   */
  private boolean isProgressiveBeforeInfinitive(int i) {
    return toks.get(i).text().endsWith("ing") && i + 2 < toks.size() && toks.get(i + 1).is("to")
        && "VERB".equals(toks.get(i + 2).pos());
  }

  private boolean isPassive(int i) {
    if (i == 0) return false;
    String p = toks.get(i - 1).text().toLowerCase(java.util.Locale.ROOT);
    return p.equals("is") || p.equals("was") || p.equals("are") || p.equals("were") || p.equals("be")
        || p.equals("been") || p.equals("so");
  }

  /** "is", "are", "was", "were", "be", "been": the forms of "be" a passive report or a passive with its agent opens with. */
  static boolean isPassiveBe(Token t) {
    return t.is("is") || t.is("are") || t.is("was") || t.is("were") || t.is("be") || t.is("been");
  }
}
