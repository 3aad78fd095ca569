package dev.newsfacts.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Sentences by rule, for a language without a sentence model on Maven Central (Spanish): a sentence
 * ends at . ! ? (and any closing marks after it) before white space and a capital, a digit, an
 * opening mark or a dash, unless the word before is an abbreviation the profile lists ("Sr.", "Dra.").
 */
final class RuleSentences implements SentenceDetector {
  private static final String CLOSERS = "»”“\"'’)]";
  private static final String OPENERS = "«“„\"'‘¿¡(—–-";
  private final Set<String> abbreviations;

  RuleSentences(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  @Override
  public String[] sentDetect(CharSequence s) {
    return Span.spansToStrings(sentPosDetect(s), s);
  }

  @Override
  public Span[] sentPosDetect(CharSequence s) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?') continue;
      int end = i + 1;
      while (end < n && CLOSERS.indexOf(s.charAt(end)) >= 0) end++;
      int next = end;
      while (next < n && Character.isWhitespace(s.charAt(next))) next++;
      if (next == end || next >= n) continue;
      char nc = s.charAt(next);
      if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || OPENERS.indexOf(nc) >= 0)) continue;
      if (c == '.' && abbreviation(s, i)) continue;
      out.add(new Span(start, end));
      start = next;
      i = next - 1;
    }
    int last = n;
    while (last > start && Character.isWhitespace(s.charAt(last - 1))) last--;
    if (last > start) out.add(new Span(start, last));
    return out.toArray(new Span[0]);
  }

  /** The word ending at the full stop at {@code dot} is a listed abbreviation or a single capital ("J."). */
  private boolean abbreviation(CharSequence s, int dot) {
    int a = dot;
    while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) a--;
    String word = s.subSequence(a, dot + 1).toString();
    return abbreviations.contains(word) || (word.length() == 2 && Character.isUpperCase(word.charAt(0)));
  }
}
