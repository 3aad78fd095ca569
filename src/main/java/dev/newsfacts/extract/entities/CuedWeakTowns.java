package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "both from Outjo", "sheep shipped from Fremantle in 2025", "a farm near Kerrobert": a name no list or rule claims
 * that weak-towns.txt holds (a place under the gazetteer's population cut) is the town when a place's preposition
 * comes right before it in lower case and the name modifies no noun after it ("from Biggar Farms" is a firm's).
 * Small towns share their names with too many people and things to be places without such a cue.
 */
final class CuedWeakTowns {
  private static final Set<String> CUES = WordList.set("/dev/newsfacts/entities/weak-town-cues.txt");

  private CuedWeakTowns() {}

  /** Whether tokens {@code a} to {@code b} (exclusive), whose words read {@code name}, are such a town. */
  static boolean isTown(List<Token> toks, int a, int b, String name, EntityLexicon lex) {
    if (a == 0 || !lex.isWeakTown(name)) return false;
    Token before = toks.get(a - 1);
    if (before.sentence() != toks.get(a).sentence() || before.isCapitalised() || !CUES.contains(before.text())) return false;
    if (b >= toks.size() || toks.get(b).sentence() != toks.get(a).sentence()) return true;
    Token next = toks.get(b);
    return !next.isCapitalised() && !next.pos().startsWith("NOUN") && !next.pos().startsWith("PROPN")
        && !next.text().startsWith("'");
  }
}
