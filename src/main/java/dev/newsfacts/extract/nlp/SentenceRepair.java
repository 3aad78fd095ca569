package dev.newsfacts.extract.nlp;

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
  private static final Set<String> TITLES = Set.of(
      "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Gov.", "Rep.", "Reps.", "Sens.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.",
      "Adm.", "Maj.", "Prof.", "Rev.", "St.", "Sr.", "Jr.", "Lt.Gov.", "Atty.", "Supt.", "Cmdr.", "Gens.", "Messrs.",
      "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "Nos.", "vs.", "v.",
      "U.S.", "U.N.", "D.C.", "Ft.", "Mt.", "Calif.", "Fla.", "Ill.", "Mass.", "Pa.", "Va.", "Wash.", "Ariz.", "Colo.",
      "Conn.", "Ga.", "Ky.", "La.", "Md.", "Mich.", "Minn.", "Mo.", "Nev.", "N.J.", "N.Y.", "N.C.", "N.H.", "Ore.",
      "Tenn.", "Tex.", "Wis.", "Ala.", "Ark.", "Del.", "Kan.", "Miss.", "Neb.", "Okla.", "S.C.", "Vt.", "W.Va.");
  private static final Set<String> SOFT = Set.of("a.m.", "p.m.", "Inc.", "Corp.", "Co.", "Ltd.", "etc.", "U.S.", "U.K.");

  private SentenceRepair() {}

  static List<int[]> repair(String para, Span[] spans) {
    List<int[]> out = new ArrayList<>();
    for (Span s : spans) {
      int a = s.getStart();
      int b = s.getEnd();
      if (!out.isEmpty() && continues(para, out.get(out.size() - 1), a)) {
        out.get(out.size() - 1)[1] = b;
      } else {
        out.add(new int[] {a, b});
      }
    }
    if (out.isEmpty() && !para.isBlank()) {
      out.add(new int[] {0, para.length()});
    }
    return out;
  }

  private static boolean continues(String para, int[] prev, int nextStart) {
    // "Sen. Marco Rubio (R-Fla.) said": never end a sentence inside a parenthesis
    if (nextStart < para.length() && para.charAt(nextStart) == ')') return true;
    if (unclosedParenthesis(para, prev[0], prev[1])) return true;
    String last = lastWord(para, prev[0], prev[1]);
    if (TITLES.contains(last) && !"U.S.".equals(last)) return true;
    if (nextStart >= para.length()) return false;
    // "Sen. Rand Paul (R-Ky.) said": an abbreviation closing a parenthesis, then a lower-case word
    if (last.endsWith(".)") && Character.isLowerCase(para.charAt(nextStart))) return true;
    char next = para.charAt(nextStart);
    // "an estimate of $431.5 | million": a piece that ends without any closing mark, before a
    // lower-case word, was cut inside a sentence
    if (prev[1] > prev[0] && Character.isLetterOrDigit(para.charAt(prev[1] - 1)) && Character.isLowerCase(next)) return true;
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
