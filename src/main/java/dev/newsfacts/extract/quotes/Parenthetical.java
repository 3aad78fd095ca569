package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "The plan, she said, would cost more"; "In Miami, he said, voters see him as a bully": a source
 * and cue set off by commas inside the sentence they attribute. It is an aside when the words
 * before it are no clause of their own (no verb) and a clause follows it; or when they are a fronted
 * subordinate clause ("Unless countries act, the experts say, the seas will rise") or a gerund subject
 * whose predicate follows the aside ("Riding alone at night, they said, can be hazardous"): neither
 * stands alone, so the whole sentence is what was said.
 */
final class Parenthetical {
  private Parenthetical() {}

  /**
   * Whether the source+cue between the comma at {@code comma} and the content {@code [after, end)}
   * is an aside in the sentence that begins at {@code first}.
   */
  static boolean isAside(List<Token> toks, SpeechLexicon lexicon, int first, int comma, int after, int end) {
    if (after <= 0 || after >= end || !toks.get(after - 1).is(",")) return false;
    if (!clauseFollows(toks, after, end)) return false;
    if (first < comma && lexicon.isSubordinator(toks.get(first).text())) return true;
    if (first < comma && isGerund(toks.get(first)) && isVerb(toks.get(after))) return true;
    for (int k = first; k < comma; k++) if (isVerb(toks.get(k))) return false;
    return true;
  }

  private static boolean clauseFollows(List<Token> toks, int after, int end) {
    for (int k = after; k < end; k++) if (isVerb(toks.get(k))) return true;
    return false;
  }

  private static boolean isGerund(Token t) {
    return "VERB".equals(t.pos()) && t.text().endsWith("ing");
  }

  private static boolean isVerb(Token t) {
    return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
  }
}
