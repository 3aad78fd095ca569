package dev.newsfacts.aws;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the one S3 client a container (or a local command) uses. */
public final class S3Clients {
  private S3Clients() {}

  /**
   * With the SDK's default credentials chain, looked up lazily at the first request (so a SnapStart
   * snapshot never holds credentials). Against a local endpoint without credentials, requests go
   * unsigned: S3Proxy and LocalStack accept that, AWS never sees it.
   */
  public static S3Client create(AwsConfig config) {
    AwsCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
    return create(config, config.endpoint() == null ? chain
        : AwsCredentialsProviderChain.of(chain, AnonymousCredentialsProvider.create()));
  }

  /**
   * How every S3 call is retried: the SDK's standard mode, set here rather than left to defaults
   * that change between SDK versions or with AWS_RETRY_MODE in the environment.
   * <ul>
   *   <li>Standard, not adaptive: adaptive mode slows this client down after throttling, but
   *       S3 throttles a prefix for all the containers writing to it, each with its own client;
   *       the rerun's MaxConcurrency is the knob for that, and a late retry is better than a
   *       client that stays slow for the rest of a warm container's life.</li>
   *   <li>5 attempts (the SDK's default is 3): an object takes about five calls (GET, two HEADs,
   *       PUT, DELETE), and a rerun makes millions. At a 5 % fault rate, 3 attempts leave about
   *       one call in 8,000 failed, so several objects per 10,000 would fail their batch;
   *       5 attempts leave one in 3 million.</li>
   *   <li>Backoff with full jitter: 100 ms doubling to at most 2 s for errors and resets (at
   *       most 1.5 s of waiting over the 4 retries), 500 ms doubling to at most 8 s after
   *       503 SlowDown (at most 7.5 s), so throttled containers spread out instead of coming
   *       back together. Both stay far inside the functions' timeouts (60 s, 600 s).</li>
   *   <li>The retry quota (circuit breaker) stays on: in a real outage it stops retries from
   *       multiplying the load; a retry that succeeds gives its cost back, so at a few percent
   *       of faults it does not run dry (the fault load test, README "Reliability").</li>
   * </ul>
   * A short download is retried too: {@link ArticleReader} reports it as retryable.
   */
  static RetryStrategy retryStrategy() {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(MAX_ATTEMPTS)
        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(2)))
        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(8)))
        .build();
  }

  static final int MAX_ATTEMPTS = 5;

  public static S3Client create(AwsConfig config, AwsCredentialsProvider credentials) {
    // url-connection-client: the JDK's own HTTP stack, no extra jars and the fastest cold start
    S3ClientBuilder b = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).credentialsProvider(credentials)
        .overrideConfiguration(o -> o.addExecutionInterceptor(new NoExpectContinue()).retryStrategy(retryStrategy()));
    if (config.region() != null && !config.region().isBlank()) {
      b.region(Region.of(config.region()));
    } else if (config.endpoint() != null) {
      // S3-compatible servers ignore the region, but the signer needs one
      b.region(Region.US_EAST_1);
    }
    if (config.endpoint() != null) {
      // Path-style (http://host/bucket/key) is what S3Proxy, LocalStack and MinIO answer to;
      // checksums only when the API requires them, since not every server knows the newer ones.
      b.endpointOverride(config.endpoint())
          .forcePathStyle(true)
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return b.build();
  }

  /**
   * For local commands: keys given in the environment map, else the default chain (profiles,
   * SSO ...), else unsigned for a local endpoint.
   */
  public static S3Client create(AwsConfig config, Map<String, String> env) {
    String id = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) return create(config);
    String token = env.get("AWS_SESSION_TOKEN");
    return create(config, StaticCredentialsProvider.create(token == null || token.isBlank()
        ? AwsBasicCredentials.create(id, secret) : AwsSessionCredentials.create(id, secret, token)));
  }
}
