package dev.newsfacts.cli;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.aws.Fixtures;
import dev.newsfacts.aws.S3ProxyServer;
import dev.newsfacts.json.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The README's local invoke command, against S3Proxy. */
class InvokeCommandIT {
  private static final String KEY = "articles/2024/03/riverton-bus-network.txt";
  private static S3ProxyServer server;
  private static S3Client s3;

  @BeforeAll
  static void start() throws Exception {
    server = S3ProxyServer.start();
    s3 = server.client(server.config("newsfacts-out"));
    s3.createBucket(b -> b.bucket("newsfacts-in"));
    s3.createBucket(b -> b.bucket("newsfacts-out"));
    S3ProxyServer.put(s3, "newsfacts-in", KEY, Fixtures.article("riverton-bus-network.txt"));
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
    server.close();
  }

  @Test
  void invokesTheHandlerOnTheShippedEventAndWritesAValidResult() throws Exception {
    Map<String, String> env = Map.of("OUTPUT_BUCKET", "newsfacts-out",
        "AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Main.run(new String[] {"invoke", "--event", "events/s3-put.json", "--endpoint", server.endpoint().toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);

    assertEquals(ExitCode.OK, exit, err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("invoke: 1 results"));
    JsonNode doc = SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket("newsfacts-out").key("results/" + KEY + ".json")).asByteArray());
    assertTrue(doc.path("quotes").size() > 0);
    JsonNode logLine = ResultJson.mapper().readTree(err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    assertEquals("local-invoke", logLine.path("requestId").asText());
  }

  @Test
  void refusesToRunWithoutAnOutputBucket() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Main.run(new String[] {"invoke", "--event", "events/s3-put.json"},
        System.out, new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());

    assertEquals(ExitCode.USAGE, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("OUTPUT_BUCKET"));
  }
}
