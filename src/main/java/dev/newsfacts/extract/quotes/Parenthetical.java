package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "The plan, she said, would cost more"; "In Miami, he said, voters see him as a bully": a source
 * and cue set off by commas inside the sentence they attribute. It is an aside when the words
 * before it are no clause of their own (no verb) and a clause follows it.
 */
final class Parenthetical {
  private Parenthetical() {}

  /**
   * Whether the source+cue between the comma at {@code comma} and the content {@code [after, end)}
   * is an aside in the sentence that begins at {@code first}.
   */
  static boolean isAside(List<Token> toks, int first, int comma, int after, int end) {
    if (after <= 0 || after >= end || !toks.get(after - 1).is(",")) return false;
    for (int k = first; k < comma; k++) if (isVerb(toks.get(k))) return false;
    for (int k = after; k < end; k++) if (isVerb(toks.get(k))) return true;
    return false;
  }

  private static boolean isVerb(Token t) {
    return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
  }
}
