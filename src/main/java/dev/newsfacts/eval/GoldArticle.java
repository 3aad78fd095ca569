package dev.newsfacts.eval;

import java.util.List;

/**
 * One gold article: its attributions and its gold direct quotes (UTF-16 offsets of the text), and
 * the check of every text-bound annotation's text against the article.
 */
record GoldArticle(GoldText text, List<Attribution> attributions, List<GoldQuote> quotes, int spanAnnotations,
                   int spanMismatches) {

  /**
   * A Source/Cue/Content event. {@code contentCp} keeps the code-point fragments (gold quotes are
   * assigned on code points); the others are UTF-16. Empty source or cue lists mean none.
   */
  record Attribution(String id, List<Span> contentCp, List<Span> content, List<Span> source, List<Span> cue,
                     String sourceText, String cueText) {}

  /** Quoted words inside the Content of attribution {@code attribution} (an index). */
  record GoldQuote(Span span, int attribution, String text) {}
}
