package dev.newsfacts.cli;

import dev.newsfacts.extract.ContentHash;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The documents an earlier run left in the output folder, for {@code --skip-unchanged} (issue 5):
 * an input is unchanged when its {@code .json} or {@code .error.json} names the same content hash
 * and the same extractor version, the rule the S3 reruns follow with object metadata.
 */
final class StoredDocuments {
  private final Path outDir;
  private final String extractorVersion;

  StoredDocuments(Path outDir, String extractorVersion) {
    this.outDir = outDir;
    this.extractorVersion = extractorVersion;
  }

  /** A document kept as it is: whether it is an error document, and its quotes (for the summary). */
  record Kept(boolean error, int quotes) {}

  /**
   * The stored document of {@code f} when it is up to date, else empty. Anything unreadable (the
   * input, or a document that is not ours) means "process it": skipping must never hide a failure.
   */
  Optional<Kept> unchanged(InputFile f) {
    String sha;
    try {
      sha = ContentHash.sha256(Files.readAllBytes(f.path()));
    } catch (IOException | OutOfMemoryError e) {
      return Optional.empty();
    }
    for (boolean error : new boolean[] {false, true}) {
      Path doc = outDir.resolve(f.relative() + (error ? ".error.json" : ".json"));
      if (!Files.isRegularFile(doc)) continue;
      try {
        JsonNode d = ResultJson.mapper().readTree(doc.toFile());
        if (sha.equals(d.path("contentSha256").asText(null))
            && extractorVersion.equals(d.path("extractor").path("version").asText(null))) {
          return Optional.of(new Kept(error, d.path("quotes").size()));
        }
      } catch (IOException e) {
        // not a document we can read: the input is processed and the file replaced
      }
    }
    return Optional.empty();
  }
}
