package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase that is the source of a cue verb, with rules over POS tags (no
 * dependency parser exists for English on Maven Central): the subject to the left ("Brewer
 * said", "Miller, a spokesman, said", "Garland, who said"), or after the verb when the
 * order is inverted ("said Matthew Miller").
 */
final class SourceFinder {
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  private static final Set<String> PRONOUNS = WordList.set("/dev/newsfacts/lexicon/en/pronouns.txt");
  private static final Set<String> NP_INNER = Set.of("of", "for", "'s", "’s", "-", "&", "at");
  /** Irregular past forms ("began", "had"): a verb, never a noun the tagger got wrong. */
  private static final Set<String> PAST_FORMS = WordList.set("/dev/newsfacts/lexicon/en/past-verbs.txt");

  private final List<Token> toks;
  private final SpeechLexicon lexicon;

  SourceFinder(List<Token> toks, SpeechLexicon lexicon) {
    this.toks = toks;
    this.lexicon = lexicon;
  }

  /** Source before the cue, not reaching before token {@code limit}; null when there is none. */
  Source subjectBefore(int cue, int limit) {
    int j = cue - 1;
    while (j >= limit && skippable(toks.get(j))) j--;
    j = beforeTimePhrase(j, limit);
    while (j >= limit && skippable(toks.get(j))) j--;
    int occasion = OccasionPhrase.start(toks, j, limit);
    if (occasion >= 0) {
      j = occasion - 1;
      while (j >= limit && skippable(toks.get(j))) j--;
    }
    if (j < limit) return null;
    Token t = toks.get(j);
    Source affiliated = AffiliatedSubject.before(toks, j, limit, k -> npEndingAt(k, limit));
    if (affiliated != null) return affiliated;
    TokenSpan percent = PercentSubject.endingAt(toks, j, limit);
    if (percent != null) return Source.of(percent);
    TokenSpan glued = GluedHyphenName.endingAt(toks, j, limit, k -> npEndingAt(k, limit));
    if (glued != null) return Source.of(glued);
    if (Pronouns.subjectKind(t.text()) != 0 || t.is("it")) return Source.of(new TokenSpan(j, j + 1));
    if (QuantifierSubject.at(toks, j, cue, limit)) return Source.of(new TokenSpan(j, j + 1));
    if (RELATIVE.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && j - 1 >= limit) {
      // "Garland, who said", "the resolution which said": the relative pronoun is the words that
      // name the source here; the noun phrase it stands for gives the name
      TokenSpan np = toks.get(j - 1).is(",") ? npEndingAt(j - 2, limit) : npEndingAt(j - 1, limit);
      return np == null ? null : new Source(new TokenSpan(j, j + 1), np);
    }
    if (t.is(",") && j - 1 >= limit && toks.get(j - 1).is(")")) {
      t = toks.get(--j); // "Gov. John Kasich (R-OH), said"
    }
    if (t.is(")")) {
      // "state Sen. Jason Holsman (D) said": step over a short parenthesis
      int k = j - 1;
      while (k >= limit && !toks.get(k).is("(") && j - k < 6) k--;
      if (k >= limit && toks.get(k).is("(")) return Source.of(npEndingAt(k - 1, limit));
      return null;
    }
    if (t.is(",")) {
      return Source.of(beforeAppositive(j, limit));
    }
    int dash = DashAside.opening(toks, j, limit);
    if (dash >= 0) {
      TokenSpan before = npEndingAt(dash - 1, limit);
      if (before == null) return null;
      before = LocatedSubject.widen(toks, before, limit, k -> npEndingAt(k, limit));
      return before.start() > limit && "ADP".equals(toks.get(before.start() - 1).pos()) ? null : Source.of(before);
    }
    TokenSpan participle = ParticiplePhraseSubject.endingAt(toks, j, limit, k -> npEndingAt(k, limit));
    if (participle != null) return Source.of(participle);
    TokenSpan reduced = reducedRelative(j, cue, limit);
    if (reduced != null) return Source.of(reduced);
    int determined = DeterminedAdjective.startBeforeCue(toks, j, cue, limit);
    if (determined >= 0) return Source.of(new TokenSpan(determined, j + 1));
    TokenSpan np = npEndingAt(j, limit);
    if (np != null) np = LocatedSubject.widen(toks, np, limit, k -> npEndingAt(k, limit));
    if (np != null) np = MessageAddressee.widen(toks, lexicon, np, limit, k -> npEndingAt(k, limit));
    TokenSpan outer = np == null ? null : RelativeClauseObject.outer(toks, np, limit, k -> npEndingAt(k, limit));
    return Source.of(outer != null ? outer : np);
  }

  /**
   * "A news report published Wednesday said", "A poll released this week shows": a noun with a past
   * participle after it is the subject, participle and all.
   */
  private TokenSpan reducedRelative(int j, int cue, int limit) {
    Token t = toks.get(j);
    if (!"VERB".equals(t.pos()) || !t.text().endsWith("ed") || t.isCapitalised() || j - 1 < limit) return null;
    Token before = toks.get(j - 1);
    if (!"NOUN".equals(mainTag(before)) && !"PROPN".equals(mainTag(before))) return null;
    TokenSpan np = npEndingAt(j - 1, limit);
    if (np == null || np.start() > limit && "ADP".equals(toks.get(np.start() - 1).pos())) return null;
    int end = cue;
    while (end > j + 1 && skippable(toks.get(end - 1)) && !lexicon.isTimeWord(toks.get(end - 1).text())) end--;
    return new TokenSpan(np.start(), end);
  }

  /**
   * "The committee this week announced", "A judge on Monday ruled": a time phrase between the
   * subject and its verb is not the subject; the index of the word before it, or {@code j}.
   */
  private int beforeTimePhrase(int j, int limit) {
    int ago = AgoPhrase.startEndingAt(toks, j, limit);
    if (ago >= 0) return ago - 1;
    // "Spicer on Thursday evening said", "Broaddrick Sunday night recounted": a day with its part is when, never who
    if (j >= limit && toks.get(j).is("on") && j + 1 < toks.size() && lexicon.isTimeWord(toks.get(j + 1).text())) return j - 1;
    // "A Bloomberg poll in June showed": a month or a day after a preposition is when, never who
    if (j - 1 > limit && TimeAfterPreposition.at(toks, lexicon, j - 1)) return j - 2;
    int prep = TimeAfterPreposition.yearOrPastEndingAt(toks, lexicon, j, limit);
    if (prep >= 0) return prep - 1;
    int k = j;
    while (k >= limit && lexicon.isTimeWord(toks.get(k).text())) k--;
    if (k == j) return j;
    if (k >= limit && toks.get(k).is("on")) return k - 1;
    // a capitalised time word alone may be part of a name; a day with its part ("Sunday night") is not
    if (j - k == 1 && toks.get(j).isCapitalised()) return j;
    if (k < limit) return j;
    Token det = toks.get(k);
    boolean phrase = det.is("this") || det.is("last") || det.is("next") || det.is("past") || det.is("earlier");
    if (phrase) return k - 1 >= limit && !"ADP".equals(toks.get(k - 1).pos()) ? k - 1 : j;
    return j - k >= 2 ? k : j;
  }

  /**
   * "Brewer, director for Mexico at the Washington Office on Latin America, an advocacy group, said":
   * walk back over the commas of the appositives to the noun phrase that is not the object of a
   * preposition; "Her campaign manager, Robby Mook, said" keeps the name inside the span.
   */
  private TokenSpan beforeAppositive(int comma, int limit) {
    int k = comma;
    int commas = 0;
    TokenSpan chosen = null;
    int segmentEnd = comma;
    int innerStart = -1;
    while (commas < 4 && comma - k < 40) {
      k--;
      while (k >= limit && !toks.get(k).is(",") && comma - k < 40 && !isQuoteMark(toks.get(k))
          && !(isClauseBreak(toks.get(k)) && !AbbreviationStop.at(toks, k))) k--;
      if (innerStart < 0) {
        innerStart = k + 1;
        // "..., it is highly unusual, said Latimer": a clause of its own before the comma is what the
        // inverted cue reports, not an appositive of the noun before it
        if (ClauseNotAppositive.at(toks, innerStart, comma)) return null;
      }
      if (k < limit || !toks.get(k).is(",")) {
        // "Paul Okafor, Minister of Industry, Trade and Investment, said": the name that opens the
        // chain of appositives is the subject, not the title nearer the verb
        // (a description whose only name is its place, "a trader at Lakeside Funds", gives way to the name too)
        TokenSpan lead = chosen == null || isName(RoleAtPlace.beforePlace(toks, chosen)) ? null : taggedName(k + 1, segmentEnd);
        return lead != null ? new TokenSpan(lead.start(), comma) : chosen;
      }
      commas++;
      segmentEnd = k;
      if (chosen != null) continue;
      TokenSpan np = npEndingAt(beforeParenthesis(k - 1, limit), limit);
      if (np == null) continue;
      boolean objectOfPreposition = np.start() - 1 >= limit && "ADP".equals(toks.get(np.start() - 1).pos());
      if (objectOfPreposition) {
        // "Six newspapers in New Jersey, including ..., said": the placed noun phrase that opens its
        // segment is the subject ("director for Mexico at the Washington Office on Latin America" is not)
        TokenSpan placed = LocatedSubject.widen(toks, np, limit, i -> npEndingAt(i, limit));
        if (placed.start() == np.start() || !opensSegment(placed.start(), limit)
            || hasPreposition(placed.start(), np.start() - 1)) continue;
        np = placed;
      }
      // "A spokesperson for the Ministry of Health, Bianca Fernandes, said": a description that
      // only ends in a proper noun keeps the name in apposition after it
      boolean nameAfter = commas == 1 && leadName(innerStart, comma) != null;
      chosen = hasProperNoun(np) && !nameAfter ? np : new TokenSpan(np.start(), comma);
    }
    return chosen;
  }

  /** Whether the phrase at {@code start} opens the stretch between commas (or the sentence) it is in. */
  private boolean opensSegment(int start, int limit) {
    return start == limit || toks.get(start - 1).is(",") || toks.get(start - 1).sentence() != toks.get(start).sentence();
  }

  /** Whether a preposition, or a word that joins a noun phrase ("of", "for"), stands in {@code [from, to)}. */
  private boolean hasPreposition(int from, int to) {
    for (int i = from; i < to; i++) {
      if ("ADP".equals(mainTag(toks.get(i))) || NP_INNER.contains(toks.get(i).text())) return true;
    }
    return false;
  }

  /** Two or more capitalised proper nouns, none of them a title word: "Paul Okafor". */
  private boolean isName(TokenSpan span) {
    int run = 0;
    for (int i = span.start(); i < span.end(); i++) {
      Token t = toks.get(i);
      boolean nameWord = t.isCapitalised() && "PROPN".equals(mainTag(t)) && !Titles.isTitleWord(t.text());
      run = nameWord ? run + 1 : 0;
      if (run >= 2) return true;
    }
    return false;
  }

  /**
   * {@code [from, to)} when it is two to four proper nouns and nothing else, else null: stricter than {@link
   * #leadName}, as the words opening a chain ("Silver Fern, which flies …") may be a firm's the tagger did not call
   * proper nouns.
   */
  private TokenSpan taggedName(int from, int to) {
    if (from < 0 || to - from < 2 || to - from > 4) return null;
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      if (!t.isCapitalised() || !"PROPN".equals(mainTag(t)) || Titles.isTitleWord(t.text())) return null;
    }
    return new TokenSpan(from, to);
  }

  /** {@code [from, to)} when it is a name and nothing else ({@link SetOffName}), else null. */
  private TokenSpan leadName(int from, int to) {
    return from >= 0 && SetOffName.is(toks, from, to) ? new TokenSpan(from, to) : null;
  }

  /** "McCaskill (D-Mo.), who ...": the last word before a short parenthesis at {@code j}, else {@code j}. */
  private int beforeParenthesis(int j, int limit) {
    if (j < limit || !toks.get(j).is(")")) return j;
    int k = j - 1;
    while (k >= limit && !toks.get(k).is("(") && j - k < 6) k--;
    return k >= limit && toks.get(k).is("(") ? k - 1 : j;
  }

  private static boolean isClauseBreak(Token t) {
    return t.is(".") || t.is(";") || t.is(":") || t.is("?") || t.is("!");
  }

  /** Adverbs and auxiliaries between a subject and its verb ("Clinton immediately posted", "has also said"). */
  private boolean skippable(Token t) {
    if (nameAfterQuote(t.index())) return false;
    return lexicon.mayStandBetweenSubjectAndVerb(t.text())
        || "ADV".equals(t.pos()) && !t.isCapitalised() && t.text().endsWith("ly");
  }

  /**
   * '"…," Will wrote', '"…," From said': a capitalised word alone between a closing quotation mark and
   * the cue is a name, whatever the tagger made of it (a modal, a preposition).
   */
  private boolean nameAfterQuote(int k) {
    if (k < 1 || k + 1 >= toks.size()) return false;
    Token t = toks.get(k);
    Token mark = toks.get(k - 1);
    return t.isCapitalised() && t.text().length() > 1 && isQuoteMark(mark) && t.start() > mark.end()
        && lexicon.speechLemma(toks.get(k + 1).text()) != null;
  }

  /** Source right after the cue ("said Miller", "said the official"), not reaching {@code limit}. */
  TokenSpan subjectAfter(int cue, int limit) {
    int j = cue + 1;
    // "said Sunday the chairman ...": a day or a month is when, never who
    while (j < limit && lexicon.isTimeWord(toks.get(j).text())) j++;
    if (j >= limit) return null;
    Token t = toks.get(j);
    char kind = Pronouns.subjectKind(t.text());
    if (kind != 0 && kind != 'I' && !Pronouns.bare(t.text()).equals("we")) return new TokenSpan(j, j + 1);
    int end = j;
    while (end < limit && (isNpWord(toks.get(end), end == j) || end > j && AbbreviationDot.at(toks, end)
        || RoleParticiple.at(toks, end, limit) || end > j && MistaggedNameAfterRole.at(toks, end))) end++;
    while (end > j && (NP_INNER.contains(toks.get(end - 1).text()) || "DET".equals(toks.get(end - 1).pos()))) end--;
    if (end == j) return null;
    if (!hasNoun(j, end) && !DeterminedAdjective.endsInvertedSubject(toks, j, end)) return null;
    return new TokenSpan(j, end);
  }

  /** The noun phrase whose last word is token {@code last}. */
  TokenSpan npEndingAt(int last, int limit) {
    if (last < limit || last < 0) return null;
    TokenSpan age = AgeNominal.endingAt(toks, last, limit);
    if (age != null) return age;
    Token head = toks.get(last);
    // "the society's chief executive/ADJ": a role noun the tagger read as an adjective still heads a noun phrase
    boolean roleAsAdjective = "ADJ".equals(head.pos()) && !head.isCapitalised() && PersonHeads.contains(head.text());
    if (!(nounLike(head) || roleAsAdjective || Pronouns.subjectKind(head.text()) != 0 || DeterminedAdjective.at(toks, last, limit)
        || DeterminedAdjective.beforeRelativeWho(toks, last, limit)
        || mistaggedNounAfterNoun(last, limit) || nameAfterQuote(last))) {
      return null;
    }
    if (Pronouns.subjectKind(head.text()) != 0) return new TokenSpan(last, last + 1);
    int k = last;
    while (k - 1 >= limit && (isNpWord(toks.get(k - 1), false) || AbbreviationDot.at(toks, k - 1)
        || RoleParticiple.at(toks, k - 1, last + 1))) k--;
    while (k < last && NP_INNER.contains(toks.get(k).text())) k++;
    if (k < last && opensFrontedPhrase(k)) k++;
    return new TokenSpan(k, last + 1);
  }

  /**
   * "After Donald Trump's remarks", "Citing last week's attack": a capitalised preposition,
   * subordinator or participle opening the sentence, which the tagger may take for a name, opens a
   * fronted phrase, not the noun phrase.
   */
  private boolean opensFrontedPhrase(int k) {
    Token t = toks.get(k);
    if (k > 0 && toks.get(k - 1).sentence() == t.sentence()) return false;
    String w = t.text();
    return lexicon.isPreposition(w) || lexicon.isSubordinator(w)
        || "VERB".equals(mainTag(t)) && w.toLowerCase(java.util.Locale.ROOT).endsWith("ing");
  }

  /**
   * "the billionaire business mogul/ADV told": a lower-case word the tagger read as an adverb, not
   * one that may stand between a subject and its verb, right after a noun, ends the noun phrase.
   */
  private boolean mistaggedNounAfterNoun(int last, int limit) {
    Token t = toks.get(last);
    if ("VERB".equals(t.pos())) return mistaggedVerbAfterNoun(last, limit);
    if (!"ADV".equals(t.pos()) || t.isCapitalised() || t.text().endsWith("ly") || last - 1 < limit) return false;
    if (lexicon.mayStandBetweenSubjectAndVerb(t.text()) || lexicon.isTimeWord(t.text())) return false;
    return "NOUN".equals(mainTag(toks.get(last - 1)));
  }

  /**
   * "The billionaire magnate/VERB says": a lower-case base form the tagger read as a verb, after a noun
   * that follows a determiner, right before the cue, ends the noun phrase (two finite verbs do not meet).
   */
  private boolean mistaggedVerbAfterNoun(int last, int limit) {
    Token t = toks.get(last);
    String w = t.text();
    if (t.isCapitalised() || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s") || last - 2 < limit
        || PAST_FORMS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (!"NOUN".equals(mainTag(toks.get(last - 1)))) return false;
    int k = last - 1;
    while (k > limit && ("NOUN".equals(mainTag(toks.get(k - 1))) || "ADJ".equals(mainTag(toks.get(k - 1))))) k--;
    return k > limit && "DET".equals(mainTag(toks.get(k - 1))) && !toks.get(k - 1).is("that");
  }

  private static boolean allCaps(Token t) {
    String w = t.text();
    return w.length() > 1 && Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  private boolean isNpWord(Token t, boolean first) {
    String p = mainTag(t);
    // "said board/ADP member Ruth Adler": a lower-case noun the tagger took for a preposition
    if ("ADP".equals(p) && !lexicon.isPreposition(t.text()) && !t.isCapitalised()) return !first || !isClauseBreak(t);
    // "said Oversight/ADP ranking Democrat ...": a capitalised word that is no preposition, inside a sentence, is a name
    // (not a word of an all-capitals heading, "DEADLY BLAST Turkish President ...")
    if ("ADP".equals(p) && !lexicon.isPreposition(t.text()) && t.isCapitalised() && t.text().length() > 1
        && !(allCaps(t) && t.index() > 0 && allCaps(toks.get(t.index() - 1))) && t.index() > 0 && toks.get(t.index() - 1).sentence() == t.sentence()) return true;
    if (NP_INNER.contains(t.text())) return !first;
    // "said Will/AUX Doyle": a capitalised word inside a sentence that the tagger read as an auxiliary is a given name
    if (("AUX".equals(p) || "SCONJ".equals(p)) && t.isCapitalised() && t.text().length() > 1) return true;
    if ("PROPN".equals(p) || "NOUN".equals(p) || "ADJ".equals(p) || "NUM".equals(p) || nounLike(t)) return !isQuoteMark(t);
    if ("DET".equals(p)) return !t.is("that") && !t.is("this") || first;
    if ("PRON".equals(p)) return t.is("his") || t.is("her") || t.is("their") || t.is("its") || t.is("our");
    if ("PART".equals(p)) return t.text().endsWith("s") && t.text().length() <= 2;
    return false;
  }

  /** A verb or an auxiliary by its tag, also a pronoun and auxiliary kept as one token ("he’s": PRON+AUX). */
  static boolean verbTag(String pos) {
    return "VERB".equals(pos) || "AUX".equals(pos) || pos != null && pos.endsWith("+AUX");
  }

  /** A noun, or a capitalised word the tagger got wrong next to a quote mark ("Trump/ADJ"). */
  static boolean nounLike(Token t) {
    String p = mainTag(t);
    if ("PROPN".equals(p) || "NOUN".equals(p) || "NUM".equals(p)) return true;
    // "said Hough/SCONJ": a surname the tagger read as a conjunction
    if (t.isCapitalised() && ("ADJ".equals(p) || "X".equals(p) || "VERB".equals(p) || "INTJ".equals(p) || "SCONJ".equals(p))
        && t.text().length() > 1) {
      return true;
    }
    // "Weaver/PRON did not seem impressed": a capitalised word that is no pronoun is a name the tagger got wrong
    return "PRON".equals(p) && t.isCapitalised() && t.text().length() > 1
        && !PRONOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
  }

  private boolean hasNoun(int a, int b) {
    for (int i = a; i < b; i++) {
      if (nounLike(toks.get(i))) return true;
    }
    return false;
  }

  /** A capitalised noun other than a possessor ("Martin's partner" has none of its own). */
  private boolean hasProperNoun(TokenSpan np) {
    for (int i = np.start(); i < np.end(); i++) {
      Token t = toks.get(i);
      if (t.isCapitalised() && nounLike(t) && !t.text().endsWith("'s") && !t.text().endsWith("\u2019s")) return true;
    }
    return false;
  }

  /** The tag of a word's first part: "Martin's" is one token tagged "PROPN+PART". */
  static String mainTag(Token t) {
    String p = t.pos();
    int plus = p == null ? -1 : p.indexOf('+');
    return plus < 0 ? p : p.substring(0, plus);
  }

  static boolean isQuoteMark(Token t) {
    String s = t.text();
    return s.equals("\"") || s.equals("\u201c") || s.equals("\u201d") || s.equals("''") || s.equals("``");
  }
}
