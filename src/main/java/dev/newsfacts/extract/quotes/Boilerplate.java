package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.text.WhiteSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Captions, credits and teasers: a paragraph that opens with a marker and a colon ("READ MORE:
 * Mayor says ...", "RELATED: ..."), or a parenthesis that does ("(Photo: Maria Lopez/Reuters)"), and
 * wire credits in parentheses ({@link CreditLine}), and a paragraph that ends with a photo credit
 * ({@link PhotoCaption}).
 * Nobody is quoted in them.
 */
final class Boilerplate {
  /** Markers are at most this many words ("photo credit", "see also"). */
  private static final int MAX_MARKER_WORDS = 3;
  private final List<CharSpan> spans = new ArrayList<>();

  Boilerplate(AnnotatedText at, SpeechLexicon lexicon) {
    String text = at.text();
    for (CharSpan p : at.paragraphs()) {
      if (markerThenColon(text, p.start(), p.end(), lexicon)
          || PhotoCaption.test(text, p.start(), p.end(), lexicon.captionMarkers())) spans.add(p);
      for (int i = text.indexOf('(', p.start()); i >= 0 && i < p.end(); i = text.indexOf('(', i + 1)) {
        int close = text.indexOf(')', i);
        if (close > 0 && close < p.end() && (markerThenColon(text, i + 1, close, lexicon)
            || CreditLine.opens(text, i + 1, close, lexicon.creditOpeners()))) {
          spans.add(new CharSpan(i, close + 1));
        }
      }
    }
  }

  /** Whether the character at {@code offset} lies in a caption, credit or teaser. */
  boolean covers(int offset) {
    for (CharSpan s : spans) if (s.contains(offset)) return true;
    return false;
  }

  private static boolean markerThenColon(String text, int from, int to, SpeechLexicon lexicon) {
    int colon = text.indexOf(':', from);
    if (colon < 0 || colon >= to) return false;
    String head = text.substring(from, colon).strip().toLowerCase(Locale.ROOT);
    if (head.isEmpty() || WhiteSpace.words(head).length > MAX_MARKER_WORDS) return false;
    return lexicon.isBoilerplateMarker(head);
  }
}
