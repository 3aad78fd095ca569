package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * '"We will win," she said as she left the stage' and '"...," he said in a wide-ranging interview
 * with the Star': when the cue's source stands right after a quotation, the cue attributes that
 * quotation, and words after the cue that open with "as", "in", "with", "during", "and" ("and hung
 * up") ... tell where, when or how it was said, not a second thing said.
 */
final class QuoteTrailer {
  private static final Set<String> SUBORDINATE_TAGS = Set.of("SCONJ", "ADV");
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/lexicon/en/quote-trailer-openers.txt");

  private QuoteTrailer() {}

  /**
   * Whether the words from {@code contentStart} are the setting of the quotation that ends before the
   * source at {@code sourceStart}, not a second thing said.
   */
  static boolean test(List<Token> toks, boolean[] quoted, int sentenceStart, int sourceStart, int contentStart) {
    if (contentStart >= toks.size() || !followsQuotation(toks, quoted, sentenceStart, sourceStart)) return false;
    Token first = toks.get(contentStart);
    if (OPENERS.contains(first.text().toLowerCase(Locale.ROOT))) return true;
    // "laughing when asked about his plans": a participle of manner and the moment it was said
    return first.text().endsWith("ing") && contentStart + 1 < toks.size()
        && SUBORDINATE_TAGS.contains(toks.get(contentStart + 1).pos()) && !toks.get(contentStart + 1).is("that");
  }

  private static boolean followsQuotation(List<Token> toks, boolean[] quoted, int sentenceStart, int sourceStart) {
    int k = sourceStart - 1;
    if (k >= sentenceStart && toks.get(k).is(",")) k--;
    return k >= sentenceStart && (quoted[k] || SourceFinder.isQuoteMark(toks.get(k)));
  }
}
