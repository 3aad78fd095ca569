package dev.newsfacts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An input file and its path relative to the input root ('/'-separated, as in the result). */
record InputFile(Path path, String relative) {

  /**
   * Every regular, non-hidden file under {@code in} in a stable order, or {@code in} itself. Files under
   * {@code skip} (the output folder, when it lies inside the input) are left out, so a second run never
   * reads the results of the first as articles.
   */
  static List<InputFile> list(Path in, Path skip) throws IOException {
    if (Files.isRegularFile(in)) {
      return List.of(new InputFile(in, in.getFileName().toString()));
    }
    List<InputFile> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(in)) {
      Path skipAbs = skip.toAbsolutePath().normalize();
      s.filter(Files::isRegularFile)
          .filter(p -> !isHidden(in.relativize(p)))
          .filter(p -> !p.toAbsolutePath().normalize().startsWith(skipAbs))
          .sorted()
          .forEach(p -> out.add(new InputFile(p, in.relativize(p).toString().replace('\\', '/'))));
    }
    return out;
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) if (part.toString().startsWith(".")) return true;
    return false;
  }
}
