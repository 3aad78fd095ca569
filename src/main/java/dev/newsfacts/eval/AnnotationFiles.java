package dev.newsfacts.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which {@code attributions/<article>_<annotator>.ann} stands for an article: the only one, else
 * the first annotator listed for the article in {@code metadata.tsv} (in the split folder, then
 * its parent), else the alphabetically first (with a warning).
 */
final class AnnotationFiles {
  private static final Pattern NAME = Pattern.compile("^(.*)_([^_]+)\\.ann$");

  private AnnotationFiles() {}

  /** Article base name (without .txt) -> the chosen .ann file. */
  static Map<String, Path> choose(Path split, Consumer<String> warn) throws IOException {
    Path dir = split.resolve("attributions");
    List<String> names;
    try (Stream<Path> s = Files.list(dir)) {
      names = s.map(p -> p.getFileName().toString()).sorted(AnnotationFiles::byCodePoints).toList();
    }
    Map<String, List<String[]>> byBase = new LinkedHashMap<>();
    for (String fn : names) {
      Matcher m = NAME.matcher(fn);
      if (m.matches()) byBase.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new String[] {m.group(2), fn});
    }
    Map<String, String> first = null;
    Map<String, Path> chosen = new HashMap<>();
    for (Map.Entry<String, List<String[]>> e : byBase.entrySet()) {
      List<String[]> cands = e.getValue();
      if (cands.size() == 1) {
        chosen.put(e.getKey(), dir.resolve(cands.get(0)[1]));
        continue;
      }
      if (first == null) first = firstAnnotators(split);
      String annotator = first.get(e.getKey());
      String pick = null;
      for (String[] c : cands) {
        if (c[0].equals(annotator)) {
          pick = c[1];
          break;
        }
      }
      if (pick == null) {
        pick = cands.get(0)[1];
        warn.accept(e.getKey() + ": " + cands.size() + " annotation files and no metadata.tsv entry; using " + pick);
      }
      chosen.put(e.getKey(), dir.resolve(pick));
    }
    return chosen;
  }

  /** Python sorts strings by code point; Java's compareTo by UTF-16 unit (they differ above the BMP). */
  static int byCodePoints(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** filename -> first annotator, from the first metadata.tsv found; empty when unusable. */
  static Map<String, String> firstAnnotators(Path split) {
    Path abs = split.toAbsolutePath().normalize();
    for (Path cand : new Path[] {abs.resolve("metadata.tsv"), abs.getParent() == null ? null : abs.getParent().resolve("metadata.tsv")}) {
      if (cand == null || !Files.isRegularFile(cand)) continue;
      try {
        List<List<String>> rows = Tsv.parse(Files.readString(cand, StandardCharsets.UTF_8));
        if (rows.isEmpty()) return Map.of();
        List<String> header = rows.get(0);
        int fi = header.indexOf("filename");
        int ai = header.indexOf("annotators");
        if (fi < 0 || ai < 0) return Map.of();
        Map<String, String> out = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
          String file = fi < r.size() ? r.get(fi) : null;
          String ann = ai < r.size() ? r.get(ai) : null;
          if (file != null && !file.isEmpty() && ann != null && !ann.isEmpty()) out.put(file, ann.split("\\|", -1)[0]);
        }
        return out;
      } catch (IOException | RuntimeException e) {
        return Map.of();
      }
    }
    return Map.of();
  }
}
