package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsConfigTest {
  @Test
  void usesDocumentedDefaultsWhenOnlyTheOutputBucketIsSet() {
    AwsConfig c = AwsConfig.fromEnv(Map.of("OUTPUT_BUCKET", "out"));
    assertEquals("results/", c.resultPrefix());
    assertEquals(5L * 1024 * 1024, c.maxInputBytes());
    assertNull(c.endpoint());
  }

  @Test
  void readsEndpointPrefixAndLimitFromTheEnvironment() {
    AwsConfig c = AwsConfig.fromEnv(Map.of("OUTPUT_BUCKET", "out", "RESULT_PREFIX", "v2/", "MAX_INPUT_BYTES", "1000",
        "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000"));
    assertEquals("v2/", c.resultPrefix());
    assertEquals(1000, c.maxInputBytes());
    assertEquals(URI.create("http://127.0.0.1:9000"), c.endpoint());
  }

  @Test
  void refusesToStartWithoutAnOutputBucket() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AwsConfig.fromEnv(Map.of()));
    assertEquals(true, e.getMessage().contains("OUTPUT_BUCKET"));
  }

  @Test
  void refusesAnEmptyResultPrefix() {
    assertThrows(IllegalArgumentException.class, () -> AwsConfig.fromEnv(Map.of("OUTPUT_BUCKET", "o", "RESULT_PREFIX", "")));
  }

  @Test
  void refusesALimitThatIsNotANumber() {
    assertThrows(IllegalArgumentException.class,
        () -> AwsConfig.fromEnv(Map.of("OUTPUT_BUCKET", "o", "MAX_INPUT_BYTES", "5MB")));
  }
}
