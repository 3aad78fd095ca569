package dev.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' layering, checked by reading the sources (no extra tool): the core knows nothing
 * of its adapters, and the AWS adapter nothing of the review pages (the runner adds them).
 */
class LayeringTest {
  private static final Path MAIN = Path.of("src/main/java/dev/newsfacts");

  /** Every "package:file: reference" of the given packages under {@code dir}, imports and qualified names alike. */
  private static List<String> references(String dir, String... packages) {
    Pattern p = Pattern.compile("\\bdev\\.newsfacts\\.(" + String.join("|", packages) + ")\\.");
    try (Stream<Path> files = Files.walk(MAIN.resolve(dir))) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().flatMap(f -> {
        try {
          Matcher m = p.matcher(Files.readString(f));
          Stream.Builder<String> hits = Stream.builder();
          while (m.find()) hits.add(MAIN.relativize(f) + ": dev.newsfacts." + m.group(1));
          return hits.build();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theExtractorUsesNoAdapter() {
    assertEquals(List.of(), references("extract", "aws", "cli", "run", "review"));
  }

  @Test
  void theResultModelUsesNoAdapter() {
    assertEquals(List.of(), references("model", "aws", "cli", "run", "review"));
  }

  @Test
  void theAwsAdapterDoesNotRenderReviewPages() {
    assertEquals(List.of(), references("aws", "review"));
  }
}
