package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
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
  private static final Set<String> SKIP_LEFT = Set.of(
      "also", "later", "earlier", "previously", "then", "recently", "once", "repeatedly", "often", "has", "have", "had",
      "will", "would", "did", "does", "do", "is", "was", "were", "are", "not", "n't", "could", "may", "might",
      "should", "can", "reportedly", "further", "again", "publicly", "privately", "simply", "flatly", "quickly",
      "frequently", "always", "never", "just", "last", "first", "finally", "even", "still", "already", "specifically",
      "explicitly", "directly", "openly", "loudly", "angrily", "bluntly", "herself", "himself", "been", "being");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  private static final Set<String> NP_INNER = Set.of("of", "for", "'s", "’s", "-", "&", "at");

  private final List<Token> toks;

  SourceFinder(List<Token> toks) {
    this.toks = toks;
  }

  /** Source before the cue, not reaching before token {@code limit}; null when there is none. */
  int[] subjectBefore(int cue, int limit) {
    int j = cue - 1;
    while (j >= limit && SKIP_LEFT.contains(toks.get(j).text().toLowerCase(java.util.Locale.ROOT))) j--;
    if (j < limit) return null;
    Token t = toks.get(j);
    if (Pronouns.subjectKind(t.text()) != 0 || t.is("it")) return new int[] {j, j + 1};
    if (RELATIVE.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && j - 1 >= limit && toks.get(j - 1).is(",")) {
      return npEndingAt(j - 2, limit);
    }
    if (t.is(",")) {
      // "Brewer, director for Mexico at ..., said": the appositive closes with this comma.
      int k = j - 1;
      int steps = 0;
      while (k >= limit && !toks.get(k).is(",") && steps < 20 && !isQuoteMark(toks.get(k))) {
        k--;
        steps++;
      }
      if (k >= limit && toks.get(k).is(",")) {
        int[] np = npEndingAt(k - 1, limit);
        if (np != null && hasProperNoun(np)) return np;
      }
      return null;
    }
    return npEndingAt(j, limit);
  }

  /** Source right after the cue ("said Miller", "said the official"), not reaching {@code limit}. */
  int[] subjectAfter(int cue, int limit) {
    int j = cue + 1;
    if (j >= limit) return null;
    Token t = toks.get(j);
    if (Pronouns.subjectKind(t.text()) != 0 && !t.is("we") && !t.is("I")) return new int[] {j, j + 1};
    int end = j;
    while (end < limit && isNpWord(toks.get(end), end == j)) end++;
    while (end > j && (NP_INNER.contains(toks.get(end - 1).text()) || "DET".equals(toks.get(end - 1).pos()))) end--;
    if (end == j) return null;
    if (!hasNoun(j, end)) return null;
    return new int[] {j, end};
  }

  /** The noun phrase whose last word is token {@code last}. */
  int[] npEndingAt(int last, int limit) {
    if (last < limit || last < 0) return null;
    Token head = toks.get(last);
    if (!("PROPN".equals(head.pos()) || "NOUN".equals(head.pos()) || "NUM".equals(head.pos())
        || Pronouns.subjectKind(head.text()) != 0)) return null;
    if (Pronouns.subjectKind(head.text()) != 0) return new int[] {last, last + 1};
    int k = last;
    while (k - 1 >= limit && isNpWord(toks.get(k - 1), false)) k--;
    while (k < last && NP_INNER.contains(toks.get(k).text())) k++;
    return new int[] {k, last + 1};
  }

  private boolean isNpWord(Token t, boolean first) {
    String p = t.pos();
    if (NP_INNER.contains(t.text())) return !first;
    if ("PROPN".equals(p) || "NOUN".equals(p) || "ADJ".equals(p) || "NUM".equals(p)) return !isQuoteMark(t);
    if ("DET".equals(p)) return !t.is("that") && !t.is("this") || first;
    if ("PRON".equals(p)) return t.is("his") || t.is("her") || t.is("their") || t.is("its") || t.is("our");
    if ("PART".equals(p)) return t.text().endsWith("s") && t.text().length() <= 2;
    if ("PUNCT".equals(p)) return t.is(".") && false;
    return false;
  }

  private boolean hasNoun(int a, int b) {
    for (int i = a; i < b; i++) {
      String p = toks.get(i).pos();
      if ("NOUN".equals(p) || "PROPN".equals(p)) return true;
    }
    return false;
  }

  private boolean hasProperNoun(int[] np) {
    for (int i = np[0]; i < np[1]; i++) if ("PROPN".equals(toks.get(i).pos())) return true;
    return false;
  }

  static boolean isQuoteMark(Token t) {
    String s = t.text();
    return s.equals("\"") || s.equals("\u201c") || s.equals("\u201d") || s.equals("''") || s.equals("``");
  }
}
