package dev.newsfacts.extract.lexicon;

import dev.newsfacts.extract.text.WhiteSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists shipped in the jar: one entry a line, blank lines and lines starting with
 * {@code #} skipped, entries lower-cased (every list is matched without regard to case).
 */
public final class WordList {
  private WordList() {}

  /** The entries of {@code resource} in file order. */
  public static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    for (String s : linesAsWritten(resource)) out.add(s.toLowerCase(Locale.ROOT));
    return out;
  }

  /** The entries of {@code resource} in file order, case kept (for lists whose entries are shown, like unit names). */
  public static List<String> linesAsWritten(String resource) {
    List<String> out = new ArrayList<>();
    for (String line : ResourceLines.read(resource)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) continue;
      out.add(s);
    }
    return out;
  }

  /** The entries of {@code resource} as a set. */
  public static Set<String> set(String resource) {
    return Set.copyOf(new HashSet<>(lines(resource)));
  }

  /**
   * A list of inflected forms, one word a line with the lemma first ("say said says saying"):
   * each form mapped to its lemma; a form listed twice keeps its first lemma.
   */
  public static Map<String, String> lemmas(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String line : lines(resource)) {
      String[] w = WhiteSpace.words(line);
      for (String f : w) m.putIfAbsent(f, w[0]);
    }
    return Map.copyOf(m);
  }

  /**
   * The words of a list whose lines carry a mark after a bar ("shield|end", "according to|before"): the words of the
   * lines marked {@code mark}, lower case as {@link #lines} gives them.
   */
  public static Set<String> marked(String resource, String mark) {
    Set<String> out = new HashSet<>();
    for (String line : lines(resource)) {
      int bar = line.indexOf('|');
      if (bar >= 0 && line.substring(bar + 1).equals(mark)) out.add(line.substring(0, bar));
    }
    return Set.copyOf(out);
  }
}
