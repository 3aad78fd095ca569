package dev.newsfacts.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the benchmark articles in our own article folders (run from the project root). */
final class Articles {
  /** Folders searched, in order; {@code -Dnewsfacts.bench.articles=DIR} puts another one first. */
  static List<Path> folders() {
    String extra = System.getProperty("newsfacts.bench.articles");
    List<Path> ours = List.of(Path.of("src/test/resources/articles"), Path.of("samples/articles"));
    if (extra == null) return ours;
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(Path.of(extra)), ours.stream()).toList();
  }

  /** Every {@code *.txt} of the folders for {@code ALL}, else the one article named. */
  static List<Path> select(String nameOrAll) throws java.io.IOException {
    if (!"ALL".equals(nameOrAll)) return List.of(find(nameOrAll));
    List<Path> all = new java.util.ArrayList<>();
    for (Path dir : folders()) {
      if (!Files.isDirectory(dir)) continue;
      try (var s = Files.list(dir)) {
        s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(all::add);
      }
    }
    if (all.isEmpty()) throw new IllegalArgumentException("no articles in " + folders() + " (run from the project root)");
    return all;
  }

  static Path find(String name) {
    for (Path dir : folders()) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) return p;
    }
    throw new IllegalArgumentException("no article " + name + " in " + folders() + " (run from the project root)");
  }

  private Articles() {}
}
