package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A listing that cannot reach S3 says so in the rerun's terms, from its very first page. */
class S3ListingTest {
  @Test
  void aListingWhoseFirstPageCannotBeFetchedIsS3Unavailable() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (S3Client s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
        .endpointOverride(URI.create("http://127.0.0.1:" + closedPort)).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build()) {
      S3Listing listing = new S3Listing(s3, "archive-in", "2024/", null);
      S3UnavailableException e = assertThrows(S3UnavailableException.class, () -> listing.articles().count());
      assertTrue(e.getMessage().startsWith("cannot list s3://archive-in/2024/"), e.getMessage());
    }
  }
}
