package dev.newsfacts.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Documents in a local folder: {@code OUT/a/b.txt.json}, or {@code OUT/a/b.txt.error.json} for an error document. */
public final class FolderSink implements ResultSink {
  private final Path outDir;

  public FolderSink(Path outDir) {
    this.outDir = outDir;
  }

  /**
   * Anything unreadable (a document that is not ours) means "process it": skipping must never hide
   * a failure.
   */
  @Override
  public Optional<Stored> stored(String name) {
    for (boolean error : new boolean[] {false, true}) {
      Path doc = outDir.resolve(name + (error ? ".error.json" : ".json"));
      if (!Files.isRegularFile(doc)) continue;
      try {
        JsonNode d = ResultJson.mapper().readTree(doc.toFile());
        String code = error ? d.path("error").path("code").asText("UNKNOWN") : null;
        return Optional.of(new Stored(d.path("contentSha256").asText(null), d.path("extractor").path("version").asText(null),
            error, code, d.path("quotes").size()));
      } catch (IOException e) {
        // not a document we can read: the input is processed and the file replaced
      }
    }
    return Optional.empty();
  }

  /** Writes atomically (a temporary file moved into place) and removes the stale counterpart. */
  @Override
  public String write(String name, Outcome outcome, byte[] article) {
    boolean ok = outcome instanceof Outcome.Success;
    Path result = outDir.resolve(name + ".json");
    Path error = outDir.resolve(name + ".error.json");
    Path target = ok ? result : error;
    try {
      // asked first: on a folder that exists createDirectories and deleteIfExists each throw and catch inside the
      // JDK, three exceptions an article for nothing
      if (!Files.isDirectory(target.getParent())) Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      Files.write(tmp, ResultJson.toBytes(outcome.document()));
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      // File.delete answers false for a missing file without an exception; Files.delete then gives the reason of a
      // real failure
      Path stale = ok ? error : result;
      if (!stale.toFile().delete() && Files.exists(stale)) Files.delete(stale);
      return target.toString();
    } catch (IOException e) {
      throw new UnavailableException("cannot write " + target + ": " + reason(e), e);
    }
  }

  /**
   * Creates and deletes a file in {@code dir}: whether documents can be written there, found out
   * before any work is done.
   *
   * @throws IOException with the operating system's reason when they cannot
   */
  public static void probe(Path dir) throws IOException {
    // named by the clock, not the process id: ProcessHandle.current() sets up the JDK's process reaper, ~15 ms
    // of CPU on a cold start; two runs probing one folder in the same nanosecond are not a worry
    Path probe = dir.resolve(".newsfacts-write-probe-" + Long.toHexString(System.nanoTime()));
    Files.deleteIfExists(probe);
    Files.write(probe, new byte[0]);
    Files.delete(probe);
  }

  /** The operating system's reason, without the path the message repeats (the caller names it). */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) return lowerFirst(f.getReason());
    if (e instanceof FileAlreadyExistsException) return "a file of that name is in the way";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    return e.getMessage();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
