package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A given name and a hyphenated surname ("Yaw Darko-Mensah", "Yoon Hae-jin") names a person when the sentence goes on
 * as it does after a person: a comma opening an apposition ("Yaw Darko-Mensah, the coalition's head") or a verb
 * ("Comfort Asante-Mensah ruled"). The given name may be an English word ("Comfort") or one no list holds ("Yaw"),
 * so the shape and what follows decide, not the given-name list.
 */
final class HyphenatedSurnames {
  /** "Darko-Mensah", "Hae-jin": two halves of letters, the first capitalised. */
  private static final Pattern HYPHENATED = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{L}\\p{Ll}+");
  /** "Yaw": a capitalised word of letters. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private HyphenatedSurnames() {}

  /** Whether {@code m} is a word and a hyphenated surname followed by a comma or a verb, and no place or body. */
  static boolean isPerson(AnnotatedText at, NameMention m) {
    List<String> w = m.words();
    if (w.size() != 2 || !WORD.matcher(w.get(0)).matches() || !HYPHENATED.matcher(w.get(1)).matches()) return false;
    for (String x : w) if (OrganizationWords.isHead(x) || Places.isPlace(x)) return false;
    for (String half : w.get(1).split("-")) if (OrganizationWords.isHead(half) || Places.isPlace(half)) return false;
    if (Places.isPlace(m.text())) return false;
    List<Token> toks = at.tokens();
    if (m.endToken() >= toks.size()) return false;
    Token next = toks.get(m.endToken());
    return next.is(",") || "VERB".equals(next.pos());
  }
}
