package dev.newsfacts.cli;

import static dev.newsfacts.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --skip-unchanged}: a second run over the same folder leaves up-to-date documents alone. */
class ExtractSkipUnchangedTest {
  private static final String ARTICLE = "port-dredging-straight-quotes.txt";
  private static final String OTHER = "council-budget-curly-quotes.txt";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  /** Long before any run of these tests: a document rewritten by a run gets a newer time. */
  private static final FileTime OLD = FileTime.fromMillis(946_684_800_000L);

  @TempDir Path tmp;
  private Path in;
  private Path out;



  private CliRun extract(String... extra) {
    List<String> args = new ArrayList<>(List.of("extract", "--in", in.toString(), "--out", out.toString(), "--threads", "2"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = in.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  /** Two articles and a PNG, extracted once; every document then dated {@link #OLD}. */
  @BeforeEach
  void firstRun() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write("a/dredging.txt", Fixtures.bytes(ARTICLE));
    write("budget.txt", Fixtures.bytes(OTHER));
    write("img/photo.png", PNG);
    CliRun first = extract();
    assertEquals(ExitCode.SOME_FAILED, first.exit(), first.err());
    for (Path doc : documents()) Files.setLastModifiedTime(doc, OLD);
  }

  private List<Path> documents() throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private boolean rewritten(String relative) throws IOException {
    return !OLD.equals(Files.getLastModifiedTime(out.resolve(relative)));
  }

  @Test
  void skipsEveryInputOnASecondRunOverTheSameFolder() throws IOException {
    CliRun second = extract("--skip-unchanged");

    assertTrue(second.summary().matches("extract: 3 articles, [1-9][0-9]* quotes, 1 errors, 3 skipped \\(unchanged\\) in .*"),
        second.err());
    for (Path doc : documents()) assertEquals(OLD, Files.getLastModifiedTime(doc), doc + " was rewritten");
    assertEquals(3, SchemaAssert.assertValidTree(out));
  }

  @Test
  void stillExitsOneWhenAnUnchangedInputKeepsItsErrorDocument() {
    CliRun second = extract("--skip-unchanged");

    assertEquals(ExitCode.SOME_FAILED, second.exit(), second.err());
    assertTrue(second.err().contains("error document for img/photo.png"), second.err());
  }

  @Test
  void processesAnInputWhoseBytesChanged() throws IOException {
    byte[] changed = (Fixtures.text(OTHER) + "\nThe council meets again on Thursday.\n").getBytes(StandardCharsets.UTF_8);
    write("budget.txt", changed);

    CliRun second = extract("--skip-unchanged");

    assertTrue(second.summary().contains(", 2 skipped (unchanged)"), second.err());
    assertTrue(rewritten("budget.txt.json"), "the changed article is extracted again");
    assertFalse(rewritten("a/dredging.txt.json"));
    assertEquals(sha256(changed),
        SchemaAssert.assertValidFile(out.resolve("budget.txt.json")).at("/contentSha256").asText());
  }

  @Test
  void processesAnInputWhoseDocumentCameFromAnotherExtractorVersion() throws IOException {
    Path doc = out.resolve("budget.txt.json");
    ObjectNode old = (ObjectNode) ResultJson.mapper().readTree(doc.toFile());
    ((ObjectNode) old.get("extractor")).put("version", "0.0.1-older");
    Files.write(doc, ResultJson.toBytes(old));
    Files.setLastModifiedTime(doc, OLD);

    CliRun second = extract("--skip-unchanged");

    assertTrue(second.summary().contains(", 2 skipped (unchanged)"), second.err());
    assertNotEquals("0.0.1-older", SchemaAssert.assertValidFile(doc).at("/extractor/version").asText());
  }

  @Test
  void processesEverythingWithoutTheFlag() throws IOException {
    CliRun second = extract();

    assertFalse(second.summary().contains("skipped"), second.err());
    for (Path doc : documents()) assertTrue(rewritten(out.relativize(doc).toString()), doc + " was left alone");
  }

  @Test
  void explainsTheFlagInTheHelp() {
    CliRun r = run("extract", "--help");

    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.out().contains("[--skip-unchanged]"), r.out());
    assertTrue(r.out().matches("(?s).*--skip-unchanged +leave an input alone.*"), r.out());
  }

  /** The hash the core writes as contentSha256, computed here without the code under test. */
  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
