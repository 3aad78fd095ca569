package dev.newsfacts.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds a benchmark article by file name in our own article folders (run from the project root). */
final class Articles {
  /** Folders searched, in order; {@code -Dnewsfacts.bench.articles=DIR} puts another one first. */
  static List<Path> folders() {
    String extra = System.getProperty("newsfacts.bench.articles");
    List<Path> ours = List.of(Path.of("src/test/resources/articles"), Path.of("samples/articles"));
    if (extra == null) return ours;
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(Path.of(extra)), ours.stream()).toList();
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
