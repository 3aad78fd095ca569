package dev.newsfacts.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.newsfacts.aws.ExtractHandler;
import dev.newsfacts.aws.S3ProxyServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda's cold path without SnapStart, the way the Java runtime runs it: a fresh JVM with the
 * flags the runtime gives a 1,024 MB function (C1 only, serial GC, heap 85 %), no event serialiser on
 * the classpath, the handler built by its no-argument constructor from the environment (init), then
 * one S3 put event for one article (first invocation) against S3Proxy, which runs in this, the parent,
 * JVM. N rounds; each round also runs {@link FloorRun} on the same article with the same flags.
 * <pre>java -cp CLASSPATH dev.newsfacts.bench.LambdaColdStart ARTICLE [N]</pre> (bench/lambda-cold.sh)
 * The runtime's own bootstrap (its interface client) is not in these figures.
 */
public final class LambdaColdStart {
  static final int FUNCTION_MB = 512;
  private static final String IN = "cold-in";
  private static final String OUT = "cold-out";

  private LambdaColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("--child")) {
      child(args[1], args[2]);
      return;
    }
    if (args.length < 1) {
      System.err.println("usage: LambdaColdStart ARTICLE [ROUNDS]");
      System.exit(2);
    }
    Path article = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    try (S3ProxyServer server = S3ProxyServer.start()) {
      try (S3Client s3 = server.client(server.config(OUT))) {
        s3.createBucket(b -> b.bucket(IN));
        s3.createBucket(b -> b.bucket(OUT));
        S3ProxyServer.put(s3, IN, "articles/" + article.getFileName(), Files.readAllBytes(article));
      }
      for (int r = 1; r <= rounds; r++) {
        long f0 = System.nanoTime();
        run(server, List.of(FloorRun.class.getName(), article.toString(), "1"));
        long floorMs = (System.nanoTime() - f0) / 1_000_000;
        long h0 = System.nanoTime();
        String report = run(server, List.of(LambdaColdStart.class.getName(), "--child", IN,
            "articles/" + article.getFileName()));
        long handlerMs = (System.nanoTime() - h0) / 1_000_000;
        System.out.printf(Locale.ROOT, "round %d: floor process %d ms, handler process %d ms, %s%n",
            r, floorMs, handlerMs, report.strip());
      }
    }
  }

  /** Runs a class in a fresh JVM with the function's flags; returns the lines it printed that start with "lambda:". */
  private static String run(S3ProxyServer server, List<String> mainAndArgs) throws Exception {
    long kb = FUNCTION_MB * 1024L;
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // what the Lambda Java runtime sets: C1 only, serial GC, the heap at 85 % of the function's memory
        "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-XX:MaxHeapSize=" + kb * 85 / 100 + "k", "-XX:MaxMetaspaceSize=" + kb * 10 / 100 + "k",
        "-XX:ReservedCodeCacheSize=" + kb * 5 / 100 + "k", "-Xshare:auto",
        "-cp", packageClassPath()));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    var env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("JAVA_TOOL_OPTIONS"));
    env.put("OUTPUT_BUCKET", OUT);
    env.put("AWS_ENDPOINT_URL_S3", server.endpoint().toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("child failed: " + new String(out, StandardCharsets.UTF_8));
    }
    StringBuilder lines = new StringBuilder();
    for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("lambda:")) lines.append(line.substring("lambda:".length()).strip()).append('\n');
    }
    return lines.toString();
  }

  /** This classpath as the Lambda package has it: without the runtime's event serialiser. */
  private static String packageClassPath() {
    List<String> kept = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!e.isBlank() && !e.contains("aws-lambda-java-serialization")) kept.add(e);
    }
    return String.join(File.pathSeparator, kept);
  }

  /** The function's JVM: init (the no-argument constructor), then one invocation. */
  private static void child(String bucket, String key) {
    long mainAt = System.currentTimeMillis();
    long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(mainAt);
    ExtractHandler handler = new ExtractHandler();
    long readyAt = System.currentTimeMillis();
    Runtime rt = Runtime.getRuntime();
    long heapAtReady = rt.totalMemory() - rt.freeMemory();
    String summary = handler.handleRequest(event(bucket, key), new QuietContext());
    long doneAt = System.currentTimeMillis();
    if (!summary.contains("\"results\":1")) throw new IllegalStateException("no result: " + summary);
    System.out.printf(Locale.ROOT, "lambda: JVM start -> main %d ms, init (constructor) %d ms, first invocation %d ms,"
        + " JVM start -> first result %d ms, heap in use at ready %d MB, after the invocation %d MB%n",
        mainAt - start, readyAt - mainAt, doneAt - readyAt, doneAt - start, heapAtReady >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  private static S3Event event(String bucket, String key) {
    S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("cold",
        new S3EventNotification.S3BucketEntity(bucket, null, "arn:aws:s3:::" + bucket),
        new S3EventNotification.S3ObjectEntity(key, 1L, null, null, "00"), "1.0");
    return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put",
        "aws:s3", "2024-03-05T09:30:00.000Z", "2.1", null, null, s3, null)));
  }

  /** A Lambda context whose logger drops the handler's log lines (they are not what is measured). */
  private static final class QuietContext implements Context {
    @Override public String getAwsRequestId() { return "cold-start"; }
    @Override public String getLogGroupName() { return "bench"; }
    @Override public String getLogStreamName() { return "bench"; }
    @Override public String getFunctionName() { return "newsfacts-bench"; }
    @Override public String getFunctionVersion() { return "1"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:newsfacts-bench"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 60_000; }
    @Override public int getMemoryLimitInMB() { return FUNCTION_MB; }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override public void log(String message) {}
        @Override public void log(byte[] message) {}
      };
    }
  }
}
