package dev.newsfacts.cli;

import dev.newsfacts.aws.AwsConfig;
import dev.newsfacts.aws.BatchRunner;
import dev.newsfacts.aws.ObjectRef;
import dev.newsfacts.aws.Pipeline;
import dev.newsfacts.aws.RunCounts;
import dev.newsfacts.aws.S3Clients;
import dev.newsfacts.extract.Extractor;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code rerun --bucket B --prefix P}: what the scheduled Step Functions rerun does, from here:
 * lists the stored articles and processes each with the same core and skip-unchanged logic.
 */
final class RerunCommand {
  static final String HELP = """
      Usage: newsfacts rerun --bucket B [--prefix P] [--endpoint URL] [--force] [--concurrency N]
                             [--output-bucket B]

      Lists every object under s3://B/P and processes it again, as the scheduled rerun does:
      an article whose stored result (or error document) has the same content hash and
      extractor version is skipped unless --force is given.

      Options:
        --bucket B          the input bucket
        --prefix P          only keys starting with P (default: the whole bucket)
        --endpoint URL      an S3-compatible endpoint (S3Proxy, MinIO, LocalStack); path-style
        --force             process everything, even unchanged articles
        --concurrency N     worker threads (default: all cores, %d here)
        --output-bucket B   where results go (default: OUTPUT_BUCKET)
        --help              show this text

      Environment as for 'invoke' (OUTPUT_BUCKET, RESULT_PREFIX, MAX_INPUT_BYTES, AWS_*).
      Progress and the summary go to stderr. Exit codes: 0 no article failed, 1 some got error
      documents, 2 bad command line or configuration, 3 S3 failed for some objects (run again).
      """;
  private static final int PAGE = 1000;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  RerunCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  int run(String[] args) {
    int cores = Runtime.getRuntime().availableProcessors();
    Options o;
    AwsConfig config;
    int workers;
    try {
      o = Options.parse(args, Set.of("--bucket", "--prefix", "--endpoint", "--concurrency", "--output-bucket"),
          Set.of("--force", "--help", "-h"));
      if (o.has("--help") || o.has("-h")) {
        out.printf(HELP, cores);
        return ExitCode.OK;
      }
      if (o.get("--bucket") == null) throw new Options.UsageException("--bucket is required");
      workers = o.intValue("--concurrency", cores, 1);
      Map<String, String> settings = new HashMap<>(env);
      if (o.get("--output-bucket") != null) settings.put("OUTPUT_BUCKET", o.get("--output-bucket"));
      config = AwsConfig.fromEnv(settings);
      if (o.get("--endpoint") != null) config = config.withEndpoint(URI.create(o.get("--endpoint")));
    } catch (Options.UsageException | IllegalArgumentException e) {
      err.println("newsfacts rerun: " + e.getMessage());
      err.printf(HELP, cores);
      return ExitCode.USAGE;
    }
    String bucket = o.get("--bucket");
    String prefix = o.get("--prefix") == null ? "" : o.get("--prefix");
    boolean force = o.has("--force");
    long t0 = System.nanoTime();
    try (Pipeline pipeline = Pipeline.create(config, S3Clients.create(config, env), Extractor.create())) {
      BatchRunner runner = new BatchRunner(pipeline.processor(), workers);
      AtomicLong done = new AtomicLong();
      RunCounts total = RunCounts.ZERO;
      List<String> failedKeys = new ArrayList<>();
      List<ObjectRef> page = new ArrayList<>(PAGE);
      // page by page: millions of keys never sit in memory at once
      for (S3Object obj : pipeline.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
        page.add(new ObjectRef(bucket, obj.key()));
        if (page.size() == PAGE) total = total.plus(runPage(runner, page, force, done, failedKeys));
      }
      if (!page.isEmpty()) total = total.plus(runPage(runner, page, force, done, failedKeys));
      double seconds = (System.nanoTime() - t0) / 1e9;
      failedKeys.forEach(k -> err.println("rerun: " + k));
      err.printf(Locale.ROOT, "rerun: %d objects under s3://%s/%s: %d processed, %d skipped (unchanged), %d failed"
          + " (error documents), %d refused (own output), %d S3 failures in %.1f s (%.1f objects/s, %d workers)%n",
          total.total(), bucket, prefix, total.processed(), total.skipped(), total.failed(), total.refused(),
          total.unavailable(), seconds, seconds > 0 ? total.total() / seconds : 0.0, workers);
      if (total.unavailable() > 0) return ExitCode.IO;
      return total.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    } catch (SdkException e) {
      err.println("newsfacts rerun: cannot list s3://" + bucket + "/" + prefix + ": " + e.getMessage());
      return ExitCode.IO;
    }
  }

  private RunCounts runPage(BatchRunner runner, List<ObjectRef> page, boolean force, AtomicLong done,
                            List<String> failedKeys) {
    long[] lastReport = {System.nanoTime()};
    List<BatchRunner.Item> items = runner.run(List.copyOf(page), !force, item -> {
      long n = done.incrementAndGet();
      synchronized (lastReport) {
        long now = System.nanoTime();
        if (now - lastReport[0] >= 2_000_000_000L) {
          err.printf("rerun: %d objects so far%n", n);
          lastReport[0] = now;
        }
      }
    });
    for (BatchRunner.Item i : items) {
      if (i.failure() != null) {
        failedKeys.add("S3 failure for " + i.ref().key() + ": " + i.failure().getMessage());
      } else if (i.report().errorCode() != null) {
        failedKeys.add("error document for " + i.ref().key() + " (" + i.report().errorCode() + ")");
      }
    }
    page.clear();
    return RunCounts.of(items);
  }
}
