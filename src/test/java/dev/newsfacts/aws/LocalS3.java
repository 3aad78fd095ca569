package dev.newsfacts.aws;

import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 server for trying the function by hand (README, "Running on AWS"): S3Proxy in memory on
 * 127.0.0.1, keys {@value S3ProxyServer#ACCESS_KEY} / {@value S3ProxyServer#SECRET_KEY}, running
 * until the process is stopped.
 * {@code LocalS3 [--port N] [--bucket B]... [--put BUCKET/KEY=FILE]...}
 */
public final class LocalS3 {
  private LocalS3() {}

  public static void main(String[] args) throws Exception {
    int port = 8001;
    for (int i = 0; i < args.length; i++) if (args[i].equals("--port")) port = Integer.parseInt(args[++i]);
    S3ProxyServer server = S3ProxyServer.start(port);
    S3Client s3 = server.client(server.config("unused"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> i++;
        case "--bucket" -> {
          String bucket = args[++i];
          s3.createBucket(b -> b.bucket(bucket));
        }
        case "--put" -> {
          String spec = args[++i];
          String target = spec.substring(0, spec.indexOf('='));
          String bucket = target.substring(0, target.indexOf('/'));
          String key = target.substring(target.indexOf('/') + 1);
          if (!s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket))) {
            s3.createBucket(b -> b.bucket(bucket));
          }
          S3ProxyServer.put(s3, bucket, key, Files.readAllBytes(Path.of(spec.substring(spec.indexOf('=') + 1))));
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.println("S3 at " + server.endpoint() + " (access key " + S3ProxyServer.ACCESS_KEY + ", secret "
        + S3ProxyServer.SECRET_KEY + "); stop with Ctrl-C");
    Thread.currentThread().join();
  }
}
