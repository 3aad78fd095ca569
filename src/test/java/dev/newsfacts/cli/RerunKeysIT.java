package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.aws.S3ProxyServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code rerun --keys FILE} against S3Proxy: after a full rerun, a list of a few keys (one of them
 * never stored) redoes exactly those and leaves every other document as it was.
 */
class RerunKeysIT {
  private static final String IN = "keys-in";
  private static final String OUT = "keys-out";
  private static final int STORIES = 24;
  private static S3ProxyServer server;
  private static S3Client s3;

  /** A stored document's identity: a rewrite changes its LastModified even when the bytes are the same. */
  record Stamp(String eTag, Instant lastModified) {}

  @BeforeAll
  static void storeAndRunOnce() throws Exception {
    server = S3ProxyServer.start();
    s3 = server.client(server.config(OUT));
    s3.createBucket(b -> b.bucket(IN));
    s3.createBucket(b -> b.bucket(OUT));
    for (int i = 0; i < STORIES; i++) {
      S3ProxyServer.put(s3, IN, key(i), Stories.story(500 + i).getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(ExitCode.OK, rerun(new ByteArrayOutputStream(), "--prefix", "desk/"));
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
    server.close();
  }

  private static String key(int i) {
    return String.format(Locale.ROOT, "desk/%02d/story %d.txt", i, i);
  }

  private static int rerun(ByteArrayOutputStream err, String... extra) {
    Map<String, String> env = new HashMap<>();
    env.put("OUTPUT_BUCKET", OUT);
    env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
    env.put("AWS_REGION", "us-east-1");
    List<String> args = new ArrayList<>(List.of("rerun", "--bucket", IN, "--endpoint", server.endpoint().toString(),
        "--concurrency", "2"));
    args.addAll(List.of(extra));
    return Main.run(args.toArray(String[]::new), System.out, new PrintStream(err, true, StandardCharsets.UTF_8), env);
  }

  private static Map<String, Stamp> stamps() {
    Map<String, Stamp> m = new HashMap<>();
    for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(OUT)).contents()) {
      m.put(o.key(), new Stamp(o.eTag(), o.lastModified()));
    }
    return m;
  }

  @Test
  void aKeyListRedoesExactlyTheListedObjectsAndGivesAMissingOneAnErrorDocument(@TempDir Path dir) throws Exception {
    Map<String, Stamp> before = stamps();
    Thread.sleep(1100); // LastModified has whole seconds
    Path list = dir.resolve("failed-keys.txt");
    Files.writeString(list, "# from last night's failure queue\n" + key(3) + "\n\n" + key(17) + "\n"
        + "desk/99/never stored.txt\n" + key(3) + "\n");

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = rerun(err, "--keys", list.toString());

    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("rerun: 3 objects listed in " + list + ": 2 processed, 0 skipped (unchanged), 1 failed"),
        text);
    assertEquals(ExitCode.SOME_FAILED, exit);
    Map<String, Stamp> after = stamps();
    String missing = "results/desk/99/never stored.txt.error.json";
    assertTrue(after.containsKey(missing), "error document for the missing key");
    assertEquals("UNREADABLE", SchemaAssert.assertValid(
        s3.getObjectAsBytes(b -> b.bucket(OUT).key(missing)).asByteArray()).path("error").path("code").asText());
    List<String> rewritten = new ArrayList<>();
    for (Map.Entry<String, Stamp> e : before.entrySet()) {
      if (!e.getValue().equals(after.get(e.getKey()))) rewritten.add(e.getKey());
    }
    rewritten.sort(null);
    assertEquals(List.of("results/" + key(3) + ".json", "results/" + key(17) + ".json"), rewritten);
    assertEquals(before.size() + 1, after.size());
    assertNotEquals(before.get("results/" + key(3) + ".json").lastModified(),
        after.get("results/" + key(3) + ".json").lastModified());
  }

  @Test
  void aKeyListWithAPrefixIsABadCommandLine(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("keys.txt"), key(1) + "\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertEquals(ExitCode.USAGE, rerun(err, "--keys", list.toString(), "--prefix", "desk/"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--keys and --prefix"), err.toString(StandardCharsets.UTF_8));
  }
}
