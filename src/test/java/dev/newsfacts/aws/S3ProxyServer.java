package dev.newsfacts.aws;

import java.net.URI;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 server in this JVM (S3Proxy over an in-memory store) on a free loopback port, with
 * signature checking on, so requests are real S3 requests and nothing leaves the machine.
 */
public final class S3ProxyServer implements AutoCloseable {
  public static final String ACCESS_KEY = "local-access";
  public static final String SECRET_KEY = "local-secret";
  private final S3Proxy proxy;
  private final URI endpoint;

  private S3ProxyServer(S3Proxy proxy) {
    this.proxy = proxy;
    this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  public static S3ProxyServer start() throws Exception {
    return start(0);
  }

  /** On a given loopback port (0 for any free one). */
  public static S3ProxyServer start(int port) throws Exception {
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(new TransientNio2BlobStore())
        .endpoint(URI.create("http://127.0.0.1:" + port))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
        .build();
    proxy.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
      Thread.sleep(10);
    }
    return new S3ProxyServer(proxy);
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The adapter's settings pointed at this server. */
  public AwsConfig config(String outputBucket) {
    return new AwsConfig(outputBucket, AwsConfig.DEFAULT_RESULT_PREFIX, AwsConfig.DEFAULT_MAX_INPUT_BYTES, endpoint, "us-east-1");
  }

  /** A client built the way the adapter builds its own, with this server's keys. */
  public S3Client client(AwsConfig config) {
    return S3Clients.create(config, StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
  }

  public static void put(S3Client s3, String bucket, String key, byte[] bytes) {
    s3.putObject(b -> b.bucket(bucket).key(key).contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(bytes));
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}
