package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechVerbs;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/** Recognises the words that attribute: speech and stance verbs, and "according to". */
final class Cues {
  private final List<Token> toks;

  Cues(List<Token> toks) {
    this.toks = toks;
  }

  /** Length in tokens of the cue starting at {@code i} (0 when there is none). */
  int cueAt(int i, boolean withStance) {
    Token t = toks.get(i);
    if (t.is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) return 2;
    String pos = t.pos();
    if (!"VERB".equals(pos) && !"AUX".equals(pos)) return 0;
    if (t.is("known") || t.is("called") && isPassive(i)) return 0;
    String lemma = SpeechVerbs.speechLemma(t.text());
    if (lemma != null) return 1;
    return withStance && SpeechVerbs.stanceLemma(t.text()) != null ? 1 : 0;
  }

  boolean isAccordingTo(int i) {
    return toks.get(i).is("according");
  }

  String lemma(int i) {
    String l = SpeechVerbs.speechLemma(toks.get(i).text());
    return l != null ? l : SpeechVerbs.stanceLemma(toks.get(i).text());
  }

  /** A participle after a comma ("..., calling it", "..., adding that") takes the clause's subject. */
  boolean isParticiple(int i) {
    return toks.get(i).text().endsWith("ing") && i > 0 && toks.get(i - 1).is(",");
  }

  private boolean isPassive(int i) {
    if (i == 0) return false;
    String p = toks.get(i - 1).text().toLowerCase(java.util.Locale.ROOT);
    return p.equals("is") || p.equals("was") || p.equals("are") || p.equals("were") || p.equals("be")
        || p.equals("been") || p.equals("so");
  }
}
