package dev.newsfacts.aws;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 server for trying the function by hand (README, "Trying it locally"): S3Proxy in memory on
 * 127.0.0.1, keys {@value S3ProxyServer#ACCESS_KEY} / {@value S3ProxyServer#SECRET_KEY}, running
 * until the process is stopped.
 * {@code LocalS3 [--port N] [--bucket B]... [--put BUCKET/KEY=FILE]...}
 */
public final class LocalS3 {
  private LocalS3() {}

  public static void main(String[] args) throws Exception {
    S3ProxyServer server = start(args, System.out, System.err);
    if (server == null) System.exit(3);
    Thread.currentThread().join();
  }

  /** The server started and filled as the arguments say, or null (and one line on {@code err}) when it cannot start. */
  static S3ProxyServer start(String[] args, PrintStream out, PrintStream err) throws Exception {
    int port = 8001;
    for (int i = 0; i < args.length; i++) if (args[i].equals("--port")) port = Integer.parseInt(args[++i]);
    // Jetty would report a taken port as a stack trace, after S3Proxy's own start-up: ask first
    if (!free(port)) {
      err.println("local-s3: port " + port + " on 127.0.0.1 is in use (is a local-s3 already running?);"
          + " stop it or pick another with --port N");
      return null;
    }
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
    out.println("S3 at " + server.endpoint() + " (access key " + S3ProxyServer.ACCESS_KEY + ", secret "
        + S3ProxyServer.SECRET_KEY + "); stop with Ctrl-C");
    return server;
  }

  private static boolean free(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
