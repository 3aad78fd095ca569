package dev.newsfacts.aws;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
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

  public static S3Client create(AwsConfig config, AwsCredentialsProvider credentials) {
    // url-connection-client: the JDK's own HTTP stack, no extra jars and the fastest cold start
    S3ClientBuilder b = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).credentialsProvider(credentials)
        .overrideConfiguration(o -> o.addExecutionInterceptor(new NoExpectContinue()));
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
