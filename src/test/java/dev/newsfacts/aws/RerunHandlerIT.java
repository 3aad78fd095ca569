package dev.newsfacts.aws;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacts.json.ResultJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The rerun handler's three payloads against S3Proxy, using the event files shipped in events/. */
class RerunHandlerIT {
  private static final String IN = "newsfacts-in";
  private static final String RIVERTON = "articles/2024/03/riverton-bus-network.txt";
  private static final String UNICODE = "articles/2024/03/Café México report+1 (draft).txt";
  private static S3ProxyServer server;
  private static S3Client s3;
  private static int n;
  private String out;
  private RerunHandler handler;

  @BeforeAll
  static void start() throws Exception {
    server = S3ProxyServer.start();
    s3 = server.client(server.config("unused"));
    s3.createBucket(b -> b.bucket(IN));
    S3ProxyServer.put(s3, IN, RIVERTON, Fixtures.article("riverton-bus-network.txt"));
    S3ProxyServer.put(s3, IN, UNICODE, Fixtures.article("harbor-strike.txt"));
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
    server.close();
  }

  @BeforeEach
  void freshOutput() {
    out = "rerun-out-" + (++n);
    s3.createBucket(b -> b.bucket(out));
    AwsConfig c = server.config(out);
    handler = new RerunHandler(Pipeline.create(c, server.client(c), Fixtures.extractor()), 2);
  }

  private JsonNode invoke(JsonNode payload) throws Exception {
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(ResultJson.toBytes(payload)), response, new CapturingContext("r"));
    return ResultJson.mapper().readTree(response.toByteArray());
  }

  private static JsonNode event(String file) throws Exception {
    return ResultJson.mapper().readTree(Files.readAllBytes(Path.of("events", file)));
  }

  @Test
  void processesAMapBatchThenSkipsItWhenNothingChanged() throws Exception {
    JsonNode first = invoke(event("map-batch.json"));
    JsonNode second = invoke(event("map-batch.json"));

    assertEquals(2, first.path("processed").asInt());
    assertEquals(2, second.path("skipped").asInt());
    assertEquals(0, second.path("processed").asInt());
    assertEquals("skipped", second.path("items").get(1).path("outcome").asText());
    SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket(out).key("results/" + UNICODE + ".json")).asByteArray());
  }

  @Test
  void processesAnUnchangedMapBatchAgainWhenForced() throws Exception {
    invoke(event("map-batch.json"));
    ObjectNode forced = (ObjectNode) event("map-batch.json");
    ((ObjectNode) forced.path("BatchInput")).put("force", true);

    JsonNode again = invoke(forced);

    assertEquals(2, again.path("processed").asInt());
  }

  @Test
  void failsAMapBatchOnAnS3FailureSoStepFunctionsRetriesIt() throws Exception {
    ObjectNode batch = (ObjectNode) event("map-batch.json");
    ((ObjectNode) batch.path("BatchInput")).put("bucket", "no-such-bucket");

    assertThrows(S3UnavailableException.class, () -> handler.handle(batch, null));
  }

  @Test
  void answersS3BatchOperationsWithAResultCodePerTask() throws Exception {
    JsonNode response = invoke(event("s3-batch-operations.json"));

    assertEquals("2.0", response.path("invocationSchemaVersion").asText());
    assertEquals(event("s3-batch-operations.json").path("invocationId").asText(), response.path("invocationId").asText());
    assertEquals(2, response.path("results").size());
    for (JsonNode r : response.path("results")) {
      assertEquals("Succeeded", r.path("resultCode").asText(), r.toString());
    }
    assertEquals("c2Vjb25kdGFza2lkCg", response.path("results").get(1).path("taskId").asText());
    // the URL-encoded task key was decoded: the result sits under the real key
    SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket(out).key("results/" + UNICODE + ".json")).asByteArray());
  }

  @Test
  void reportsATemporaryFailureForATaskWhoseObjectCannotBeRead() throws Exception {
    ObjectNode ev = (ObjectNode) event("s3-batch-operations.json");
    ((ObjectNode) ev.path("tasks").get(0)).put("s3Bucket", "no-such-bucket");

    JsonNode response = invoke(ev);

    assertEquals("TemporaryFailure", response.path("results").get(0).path("resultCode").asText());
    assertEquals("Succeeded", response.path("results").get(1).path("resultCode").asText());
  }

  @Test
  void addsUpTheMapRunReportAndWritesASummaryBesideTheManifest() throws Exception {
    String run = "reruns/run-1/";
    String child1 = ResultJson.mapper().writeValueAsString(new MapBatchRoute.Result(IN, 40, 8, 2, 0, java.util.List.of()));
    String child2 = ResultJson.mapper().writeValueAsString(new MapBatchRoute.Result(IN, 10, 39, 1, 0, java.util.List.of()));
    ObjectNode manifest = ResultJson.mapper().createObjectNode();
    manifest.put("DestinationBucket", out).put("MapRunArn", "arn:aws:states:us-east-1:000000000000:mapRun:x/y:z");
    ObjectNode files = manifest.putObject("ResultFiles");
    files.putArray("SUCCEEDED").addObject().put("Key", run + "SUCCEEDED_0.json").put("Size", 1);
    files.putArray("FAILED").addObject().put("Key", run + "FAILED_0.json").put("Size", 1);
    files.putArray("PENDING");
    var succeeded = ResultJson.mapper().createArrayNode();
    succeeded.addObject().put("Status", "SUCCEEDED").put("Output", child1);
    succeeded.addObject().put("Status", "SUCCEEDED").put("Output", child2);
    var failed = ResultJson.mapper().createArrayNode();
    failed.addObject().put("Status", "FAILED").put("Error", "States.TaskFailed");
    putJson(run + "manifest.json", manifest);
    putJson(run + "SUCCEEDED_0.json", succeeded);
    putJson(run + "FAILED_0.json", failed);
    ObjectNode mapOutput = ResultJson.mapper().createObjectNode();
    mapOutput.putObject("ResultWriterDetails").put("Bucket", out).put("Key", run + "manifest.json");

    JsonNode summary = invoke(mapOutput);

    assertEquals(50, summary.path("processed").asInt());
    assertEquals(47, summary.path("skipped").asInt());
    assertEquals(3, summary.path("failed").asInt());
    assertEquals(1, summary.path("failedBatches").asInt());
    assertEquals(3, summary.path("batches").asInt());
    JsonNode stored = ResultJson.mapper().readTree(
        s3.getObjectAsBytes(b -> b.bucket(out).key(run + "summary.json")).asByteArray());
    assertEquals(summary, stored);
  }

  @Test
  void rejectsAPayloadItDoesNotKnow() {
    ObjectNode unknown = ResultJson.mapper().createObjectNode().put("hello", "world");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> handler.handle(unknown, null));
    assertTrue(e.getMessage().contains("unknown payload"));
  }

  private void putJson(String key, JsonNode json) {
    s3.putObject(b -> b.bucket(out).key(key), RequestBody.fromString(json.toString(), StandardCharsets.UTF_8));
  }
}
