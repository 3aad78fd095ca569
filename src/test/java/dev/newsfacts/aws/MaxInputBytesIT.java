package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The function's MAX_INPUT_BYTES bounds extraction too, not only the download: a page over the
 * extractor's own 2 MiB default but under the template's 5 MiB gets a result. The pipeline is built
 * the way the Lambda builds it, from the environment.
 */
class MaxInputBytesIT {
  private static S3ProxyServer server;
  private static S3Client s3;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start();
    s3 = server.client(server.config("unused"));
    s3.createBucket(b -> b.bucket("big-in"));
    s3.createBucket(b -> b.bucket("big-out"));
  }

  @AfterAll
  static void stopServer() throws Exception {
    s3.close();
    server.close();
  }

  /** A news page of about 3 MB: a short story under a large inline script, as ad-heavy sites ship them. */
  private static byte[] threeMegabytePage() {
    StringBuilder script = new StringBuilder();
    for (int i = 0; script.length() < 3_000_000; i++) {
      script.append("window.__slots.push({id:").append(i).append(",unit:\"/2231/news/article-").append(i % 97)
          .append("\",sizes:[[300,250],[728,90]]});\n");
    }
    String html = "<!DOCTYPE html><html><head><title>Ferry terminal approved</title><script>window.__slots=[];\n"
        + script + "</script></head><body><article><h1>Ferry terminal approved</h1>"
        + "<p>PORTVALE (Coast Wire) - The harbour board approved a new ferry terminal after months of delay.</p>"
        + "<p>\"We have waited ten years for this,\" board chair Ines Marlow told reporters.</p>"
        + "</article></body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aThreeMegabyteArticleUnderAFiveMebibyteLimitGetsAResult() throws Exception {
    byte[] page = threeMegabytePage();
    assertTrue(page.length > 3_000_000 && page.length < 5 * 1024 * 1024, "fixture size " + page.length);
    S3ProxyServer.put(s3, "big-in", "news/ferry.html", page);
    AwsConfig config = AwsConfig.fromEnv(Map.of("OUTPUT_BUCKET", "big-out", "MAX_INPUT_BYTES", "5242880",
        "AWS_ENDPOINT_URL_S3", server.endpoint().toString(), "AWS_REGION", "us-east-1"));

    try (Pipeline pipeline = Pipeline.create(config, server.client(config))) {
      InvocationSummary s = new ExtractHandler(pipeline).handle(Fixtures.s3Event("big-in", "news/ferry.html"),
          new CapturingContext("req-big"));

      assertEquals(1, s.results(), "the page got an error document instead: " + s);
    }
    JsonNode doc = ResultJson.mapper().readTree(
        s3.getObjectAsBytes(b -> b.bucket("big-out").key("results/news/ferry.html.json")).asByteArray());
    assertEquals(page.length, doc.path("source").path("size").asLong());
  }
}
