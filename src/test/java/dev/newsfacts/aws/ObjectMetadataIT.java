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
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** What an uploader puts in the object's metadata (x-amz-meta-published, x-amz-meta-title) reaches the result. */
class ObjectMetadataIT {
  /** Wire copy with no date anywhere in its text: only the metadata can date it. */
  private static final String STORY = """
      PORTVALE (Coast Wire) - The harbour board approved a new ferry terminal after months of delay.

      "We have waited ten years for this," board chair Ines Marlow told reporters. Construction is
      expected to start once the last permits are in place, she said.
      """;
  private static S3ProxyServer server;
  private static S3Client s3;
  private static JsonNode result;

  @BeforeAll
  static void runOneUpload() throws Exception {
    server = S3ProxyServer.start();
    AwsConfig config = server.config("meta-out");
    s3 = server.client(config);
    s3.createBucket(b -> b.bucket("meta-in"));
    s3.createBucket(b -> b.bucket("meta-out"));
    s3.putObject(b -> b.bucket("meta-in").key("wire/ferry.txt").contentType("text/plain; charset=utf-8")
            .metadata(Map.of("published", "2024-03-14", "title", "Ferry terminal approved")),
        RequestBody.fromBytes(STORY.getBytes(StandardCharsets.UTF_8)));
    new ExtractHandler(Pipeline.create(config, server.client(config), Fixtures.extractor()))
        .handle(Fixtures.s3Event("meta-in", "wire/ferry.txt"), new CapturingContext("req-meta"));
    result = ResultJson.mapper().readTree(
        s3.getObjectAsBytes(b -> b.bucket("meta-out").key("results/wire/ferry.txt.json")).asByteArray());
  }

  @AfterAll
  static void stopServer() throws Exception {
    s3.close();
    server.close();
  }

  @Test
  void thePublishedDateComesFromTheObjectMetadata() {
    assertEquals("2024-03-14", result.path("article").path("publishedDate").asText());
  }

  @Test
  void aNoteSaysWhereThePublishedDateCameFrom() {
    String notes = result.path("article").path("notes").toString();
    assertTrue(notes.contains("x-amz-meta-published"), notes);
  }

  @Test
  void theTitleComesFromTheObjectMetadata() {
    assertEquals("Ferry terminal approved", result.path("article").path("title").asText());
  }
}
