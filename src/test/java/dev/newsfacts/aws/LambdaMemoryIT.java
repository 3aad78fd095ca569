package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.json.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda at 512 MB: the handler runs in a forked JVM with the memory limits the Lambda
 * Java runtime derives from a 512 MB function (heap 85 %, metaspace 10 %, code cache 5 %, serial GC),
 * against S3Proxy in this JVM, over every fixture article and one long feature-length article, and
 * without the event serialiser that the Lambda package leaves out.
 */
class LambdaMemoryIT {
  private static final int FUNCTION_MB = 512;
  private static final String IN = "capped-in";
  private static final String OUT = "capped-out";

  @Test
  void handlerCompletesAnInvocationWithinTheMemoryOfA512MbFunction() throws Exception {
    try (S3ProxyServer server = S3ProxyServer.start()) {
      S3Client s3 = server.client(server.config(OUT));
      s3.createBucket(b -> b.bucket(IN));
      s3.createBucket(b -> b.bucket(OUT));
      List<String> keys = new ArrayList<>();
      for (String name : dev.newsfacts.Fixtures.names()) {
        S3ProxyServer.put(s3, IN, "articles/" + name, dev.newsfacts.Fixtures.bytes(name));
        keys.add("articles/" + name);
      }
      S3ProxyServer.put(s3, IN, "articles/long-feature.txt", longFeature());
      keys.add("articles/long-feature.txt");

      Map<String, String> report = runCappedHandler(server, keys);

      assertEquals("false", report.get("serialiserPresent"), "the child ran without the serialiser, as the Lambda package does");
      JsonNode summary = ResultJson.mapper().readTree(report.get("summary"));
      assertEquals(keys.size(), summary.path("results").asInt(), "every article gave a result: " + report);
      assertEquals(0, summary.path("errors").asInt() + summary.path("retry").asInt(), "no error or retry: " + report);
      for (String key : keys) {
        JsonNode doc = SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket(OUT).key("results/" + key + ".json")).asByteArray());
        assertEquals(key, doc.path("source").path("key").asText());
      }
      long rssKb = Long.parseLong(report.get("rssPeakKb"));
      if (rssKb > 0) {
        assertTrue(rssKb < FUNCTION_MB * 1024L, "peak resident memory " + (rssKb >> 10) + " MB exceeds " + FUNCTION_MB + " MB");
      }
      System.out.printf("LambdaMemoryIT: %d articles under a %d MB function: heap peak %s MB of %s MB, non-heap peak %s MB,"
          + " resident peak %d MB%n", keys.size(), FUNCTION_MB, report.get("heapPeakMb"), report.get("maxHeapMb"),
          report.get("nonHeapPeakMb"), rssKb >> 10);
      s3.close();
    }
  }

  /** The fixture articles one after another, about 40 KB: a long feature, as one article. */
  private static byte[] longFeature() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 40_000) {
      for (String name : dev.newsfacts.Fixtures.names()) b.append(dev.newsfacts.Fixtures.text(name)).append("\n\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> runCappedHandler(S3ProxyServer server, List<String> keys) throws Exception {
    long kb = FUNCTION_MB * 1024L;
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:MaxHeapSize=" + kb * 85 / 100 + "k", "-XX:MaxMetaspaceSize=" + kb * 10 / 100 + "k",
        "-XX:ReservedCodeCacheSize=" + kb * 5 / 100 + "k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", testClassPath(), CappedHeapInvocation.class.getName(), IN));
    cmd.addAll(keys);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("JAVA_TOOL_OPTIONS"));
    env.put("OUTPUT_BUCKET", OUT);
    env.put("AWS_ENDPOINT_URL_S3", server.endpoint().toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
    Process p = pb.start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread pump = Thread.ofPlatform().start(() -> {
      try {
        p.getInputStream().transferTo(output);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    boolean done = p.waitFor(180, TimeUnit.SECONDS);
    if (!done) p.destroyForcibly();
    pump.join(5_000);
    String text = output.toString(StandardCharsets.UTF_8);
    assertTrue(done, "the capped handler did not finish in 180 s:\n" + text);
    assertEquals(0, p.exitValue(), "the capped handler failed:\n" + text);
    Map<String, String> report = new HashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.substring(0, eq).matches("[a-zA-Z]+")) report.put(line.substring(0, eq), line.substring(eq + 1).trim());
    }
    assertTrue(report.containsKey("summary") && report.containsKey("rssPeakKb"), "no report from the child:\n" + text);
    return report;
  }

  /**
   * The test classpath as Failsafe sets it (java.class.path may be a manifest-only jar) as the Lambda
   * package has it: classes and runtime jars, without the runtime's event serialiser (profile lambda-package).
   */
  private static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isBlank()) cp = System.getProperty("java.class.path");
    Path target = Path.of("target").toAbsolutePath();
    return java.util.Arrays.stream(cp.split(File.pathSeparator))
        .filter(e -> !e.isBlank() && !e.contains("aws-lambda-java-serialization"))
        // Failsafe puts the shaded CLI jar (which has the serialiser inside) here: the classes instead
        .map(e -> Path.of(e).toAbsolutePath().getParent().equals(target) && e.endsWith(".jar")
            ? target.resolve("classes").toString() : e)
        .distinct()
        .collect(java.util.stream.Collectors.joining(File.pathSeparator));
  }
}
