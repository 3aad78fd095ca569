package dev.newsfacts.aws;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 handler against LocalStack's S3, where a Docker engine runs; reported as skipped where
 * none does (this machine and CI). Pinned to 4.14: later images need an auth token.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackIT {
  @Container
  private static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.14")).withServices("s3");

  @Test
  void writesValidResultsAndErrorDocumentsThroughLocalStack() {
    AwsConfig config = new AwsConfig("ls-out", AwsConfig.DEFAULT_RESULT_PREFIX, AwsConfig.DEFAULT_MAX_INPUT_BYTES,
        LOCALSTACK.getEndpoint(), LOCALSTACK.getRegion());
    S3Client s3 = S3Clients.create(config, StaticCredentialsProvider.create(
        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())));
    s3.createBucket(b -> b.bucket("ls-in"));
    s3.createBucket(b -> b.bucket("ls-out"));
    String key = "articles/Café México report+1.txt";
    S3ProxyServer.put(s3, "ls-in", key, Fixtures.article("riverton-bus-network.txt"));
    S3ProxyServer.put(s3, "ls-in", "articles/scan.txt", Fixtures.PDF);
    ExtractHandler handler = new ExtractHandler(Pipeline.create(config, s3, Fixtures.extractor()));

    InvocationSummary s = handler.handle(Fixtures.s3Event("ls-in", key, "articles/scan.txt"), new CapturingContext("ls"));

    assertEquals(1, s.results());
    assertEquals(1, s.errors());
    JsonNode doc = SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket("ls-out").key("results/" + key + ".json")).asByteArray());
    assertEquals(key, doc.path("source").path("key").asText());
    SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket("ls-out").key("results/articles/scan.txt.error.json")).asByteArray());
  }
}
