package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Lee criticized the council's plan on Monday", "the union endorsed Ruiz", "she cited a 2019 audit":
 * a verb of speech or public stance whose noun-phrase object is what it attributes (the verbs of
 * {@code object-speech-verbs.txt}). The object runs from the word after the verb to the end of its
 * clause: a comma, semicolon, colon, dash or bracket, a quotation mark, a verb right after a noun (the
 * next clause's), or "and"/"but"/"or" before a second verb ("praised her effort and said ..."). It must open like a noun phrase (a determiner,
 * noun, name, pronoun, adjective or number), so "railed against", "expressed to" and "defended
 * himself" after a preposition are not read as one.
 */
final class SpeechActObject {
  private SpeechActObject() {}

  /** End (exclusive) of the object that opens at {@code first}, before {@code limit}; -1 when none opens there. */
  static int end(List<Token> toks, boolean[] quoted, int first, int limit) {
    if (first >= limit || quoted[first] || SourceFinder.isQuoteMark(toks.get(first))) return -1;
    Token head = toks.get(first);
    if (!opensNounPhrase(head)) return -1;
    int k = first;
    while (k < limit && !closesObject(toks, quoted, k, limit)) k++;
    while (k > first && ("PUNCT".equals(toks.get(k - 1).pos()) || SourceFinder.isQuoteMark(toks.get(k - 1)))) k--;
    return k > first ? k : -1;
  }

  private static boolean opensNounPhrase(Token t) {
    String p = t.pos();
    // "that" opens a clause and "to" an infinitive, which the clause rules read; "there" is no object
    if (t.is("that") || t.is("to") || t.is("there")) return false;
    return "DET".equals(p) || "NOUN".equals(p) || "PROPN".equals(p) || "PRON".equals(p) || "ADJ".equals(p)
        || "NUM".equals(p);
  }

  private static boolean closesObject(List<Token> toks, boolean[] quoted, int k, int limit) {
    Token t = toks.get(k);
    if (quoted[k] || SourceFinder.isQuoteMark(t)) return true;
    if (t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is(")") || t.is("\u2014") || t.is("\u2013")
        || t.is("--") || t.is("-")) {
      return true;
    }
    // "Protesters who denounced the ruling gathered outside": a verb right after a noun is the next clause's
    if (("VERB".equals(t.pos()) || "AUX".equals(t.pos())) && k > 0 && !t.text().endsWith("ing")) {
      String prev = toks.get(k - 1).pos();
      if ("NOUN".equals(prev) || "PROPN".equals(prev) || "PRON".equals(prev)) return true;
    }
    // "praised her effort and said ...": a second verb of the same subject starts its own attribution
    if ((t.is("and") || t.is("but") || t.is("or")) && k + 1 < limit) {
      String next = toks.get(k + 1).pos();
      return "VERB".equals(next) || "AUX".equals(next) || "ADV".equals(next) && k + 2 < limit
          && "VERB".equals(toks.get(k + 2).pos());
    }
    return false;
  }
}
