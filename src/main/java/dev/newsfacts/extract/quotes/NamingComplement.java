package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Lee called the plan a disaster", "labelled him divisive": a naming verb ({@code naming-verbs.txt})
 * attributes its object and the complement that judges it, a small clause without a verb of its own.
 * Only an object followed by a complement counts: "called Lee on Tuesday", "called him to ask" are
 * telephone calls, not words. A complement in quotation marks is left to the partial quote.
 */
final class NamingComplement {
  private NamingComplement() {}

  /** End (exclusive) of the object and its complement opening at {@code first}, before {@code limit}; -1 when none. */
  static int end(List<Token> toks, boolean[] quoted, SpeechLexicon lexicon, int first, int limit) {
    if (first >= limit || quoted[first] || !opensObject(toks.get(first))) return -1;
    int complement = -1;
    for (int k = first + 1; k < limit && complement < 0; k++) {
      Token t = toks.get(k);
      if (lexicon.isTimeWord(t.text())) return -1;
      // "calls it the best budget": after a pronoun, "the" opens the complement too
      boolean afterPronoun = "PRON".equals(toks.get(k - 1).pos()) && t.is("the");
      if ((opensComplement(t) || afterPronoun) && endsObject(toks.get(k - 1))) {
        complement = k;
      } else if (quoted[k] || !inObject(t)) {
        return -1;
      }
    }
    // "called her last summer", "called him next week": a time, not a judgement
    if (complement < 0 || toks.get(complement).is("last") || toks.get(complement).is("next")
        || complement + 1 < limit && lexicon.isTimeWord(toks.get(complement + 1).text())) {
      return -1;
    }
    int e = complement;
    while (e < limit && !closesComplement(toks, e, limit)) e++;
    while (e > complement && "PUNCT".equals(toks.get(e - 1).pos())) e--;
    // 'called the budget "a betrayal"': the quotation marks make it a partial quote of its own
    for (int k = first; k < e; k++) if (quoted[k] || SourceFinder.isQuoteMark(toks.get(k))) return -1;
    return e > complement ? e : -1;
  }

  private static boolean opensObject(Token t) {
    String p = t.pos();
    return "DET".equals(p) && !t.is("that") || "PRON".equals(p) && !t.is("that") || "PROPN".equals(p)
        || "NOUN".equals(p);
  }

  /** The words of a plain noun phrase: "Senate Majority Leader Mitch McConnell", "the whole thing". */
  private static boolean inObject(Token t) {
    String p = t.pos();
    return "PROPN".equals(p) || "NOUN".equals(p) || "ADJ".equals(p) || "DET".equals(p) || "PART".equals(p)
        || "PRON".equals(p) && !t.is("that") || t.text().endsWith("'s") || t.text().endsWith("\u2019s");
  }

  private static boolean endsObject(Token t) {
    String p = t.pos();
    return "PROPN".equals(p) || "NOUN".equals(p) || "PRON".equals(p);
  }

  /** "a disaster", "divisive": an article or an adjective after the object. */
  private static boolean opensComplement(Token t) {
    return t.is("a") || t.is("an") || "ADJ".equals(t.pos());
  }

  private static boolean closesComplement(List<Token> toks, int k, int limit) {
    Token t = toks.get(k);
    if (t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is("\u2014") || t.is("\u2013") || t.is("--")) return true;
    // "called it a mistake and said ...": a second verb of the same subject starts its own attribution
    return (t.is("and") || t.is("but")) && k + 1 < limit
        && ("VERB".equals(toks.get(k + 1).pos()) || "AUX".equals(toks.get(k + 1).pos()));
  }
}
