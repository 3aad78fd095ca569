package dev.newsfacts.extract.nlp;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Undoes the UD sentence model's splits after abbreviations that news copy puts before a
 * name or a number ("Sen. Warren", "Gov. Abbott", "3 p.m. on Friday"): a sentence that ends
 * in a title abbreviation always continues; one that ends in "p.m."-like abbreviations
 * continues when the next piece opens in lower case or with a digit.
 */
final class SentenceRepair {
  private static final Set<String> TITLES =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/abbreviations-before-names.txt"));
  private static final Set<String> SOFT =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/abbreviations-ending-sentences.txt"));

  private SentenceRepair() {}

  static List<CharSpan> repair(String para, Span[] spans) {
    List<CharSpan> out = new ArrayList<>();
    for (Span s : spans) {
      int a = s.getStart();
      int b = s.getEnd();
      if (!out.isEmpty() && continues(para, out.get(out.size() - 1), a)) {
        out.set(out.size() - 1, new CharSpan(out.get(out.size() - 1).start(), b));
      } else {
        out.add(new CharSpan(a, b));
      }
    }
    if (out.isEmpty() && !para.isBlank()) {
      out.add(new CharSpan(0, para.length()));
    }
    return out;
  }

  private static boolean continues(String para, CharSpan prev, int nextStart) {
    // "Sen. Marco Rubio (R-Fla.) said": never end a sentence inside a parenthesis
    if (nextStart < para.length() && para.charAt(nextStart) == ')') return true;
    if (unclosedParenthesis(para, prev.start(), prev.end())) return true;
    String last = lastWord(para, prev.start(), prev.end());
    if (TITLES.contains(last) && !"U.S.".equals(last)) return true;
    if (nextStart >= para.length()) return false;
    if (FirmNamesAfterCo.continues(para, prev.start(), prev.end(), nextStart)) return true;
    // "Sen. Rand Paul (R-Ky.) said": an abbreviation closing a parenthesis, then a lower-case word
    if (last.endsWith(".)") && Character.isLowerCase(para.charAt(nextStart))) return true;
    char next = para.charAt(nextStart);
    // "an estimate of $431.5 | million": a piece that ends without any closing mark, before a
    // lower-case word, was cut inside a sentence
    if (prev.end() > prev.start() && Character.isLetterOrDigit(para.charAt(prev.end() - 1)) && Character.isLowerCase(next)) return true;
    boolean lowerOrDigit = Character.isLowerCase(next) || Character.isDigit(next);
    if (SOFT.contains(last) || TITLES.contains(last)) return lowerOrDigit;
    // A single capital and a dot ("Donald J. Trump") is an initial, not an ending.
    return last.length() == 2 && Character.isUpperCase(last.charAt(0)) && last.charAt(1) == '.';
  }

  private static boolean unclosedParenthesis(String para, int start, int end) {
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = para.charAt(i);
      if (c == '(') depth++;
      else if (c == ')' && depth > 0) depth--;
    }
    return depth > 0 && end - para.lastIndexOf('(', end) < 40;
  }

  private static String lastWord(String para, int start, int end) {
    int i = end;
    while (i > start && !Character.isWhitespace(para.charAt(i - 1))) i--;
    String w = para.substring(i, end);
    // strip an opening mark that may stick to the word
    while (!w.isEmpty() && "\"'\u201c\u2018(".indexOf(w.charAt(0)) >= 0) w = w.substring(1);
    return w;
  }
}
