package dev.newsfacts.cli;

import dev.newsfacts.aws.AwsConfig;
import dev.newsfacts.aws.Pipeline;
import dev.newsfacts.aws.S3Clients;
import dev.newsfacts.aws.S3UnavailableException;
import dev.newsfacts.run.ArticleOutcome;
import dev.newsfacts.run.ArticleSource;
import dev.newsfacts.run.BatchRunner;
import dev.newsfacts.run.RunCounts;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rerun --bucket B --prefix P}: what the scheduled Step Functions rerun does, from here:
 * lists the stored articles and processes each with the same runner and skip-unchanged rule.
 */
@Command(name = "rerun", sortOptions = false,
    header = "process the articles stored under an S3 prefix again, skipping unchanged ones",
    description = {
        "Lists every object under s3://B/P and processes it again, as the scheduled rerun does: an article whose"
            + " stored result (or error document) has the same content hash and extractor version is skipped unless"
            + " --force is given."},
    footer = {"",
        "Environment as for 'invoke' (OUTPUT_BUCKET, RESULT_PREFIX, MAX_INPUT_BYTES, AWS_*). Progress and the"
            + " summary go to stderr.",
        "Exit codes: 0 no article failed, 1 some got error documents, 2 bad command line or configuration, 3 S3"
            + " failed for some objects (run again)."})
final class RerunCommand implements Callable<Integer> {
  @Option(names = "--bucket", required = true, paramLabel = "B", description = "the input bucket")
  String bucket;

  @Option(names = "--prefix", paramLabel = "P", description = "only keys starting with P (default: the whole bucket)")
  String prefix = "";

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "an S3-compatible endpoint (S3Proxy, MinIO, LocalStack); path-style")
  URI endpoint;

  @Option(names = "--force", description = "process everything, even unchanged articles")
  boolean force;

  @Option(names = "--concurrency", paramLabel = "N", description = "worker threads (default: all cores, ${DEFAULT-VALUE} here)")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--output-bucket", paramLabel = "B", description = "where results go (default: OUTPUT_BUCKET)")
  String outputBucket;

  @Spec CommandSpec spec;

  private final PrintStream err;
  private final Map<String, String> env;

  RerunCommand(PrintStream err, Map<String, String> env) {
    this.err = err;
    this.env = env;
  }

  @Override
  public Integer call() {
    CommandChecks.atLeast(spec, "--concurrency", workers, 1);
    AwsConfig config = AwsSettings.config(spec, env, outputBucket, endpoint);
    long t0 = System.nanoTime();
    try (Pipeline pipeline = Pipeline.create(config, S3Clients.create(config, env))) {
      RunCounts total = run(pipeline, pipeline.listing(bucket, prefix));
      double seconds = (System.nanoTime() - t0) / 1e9;
      err.printf(Locale.ROOT, "rerun: %d objects under s3://%s/%s: %d processed, %d skipped (unchanged), %d failed"
          + " (error documents), %d refused (own output), %d S3 failures in %.1f s (%.1f objects/s, %d workers)%n",
          total.total(), bucket, prefix, total.processed(), total.skipped(), total.failed(), total.refused(),
          total.unavailable(), seconds, seconds > 0 ? total.total() / seconds : 0.0, workers);
      if (total.unavailable() > 0) return ExitCode.IO;
      return total.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    } catch (S3UnavailableException e) {
      err.println("newsfacts rerun: " + e.getMessage());
      return ExitCode.IO;
    }
  }

  /** Runs every article of the source, a page at a time; lists the failed ones on stderr. */
  private RunCounts run(Pipeline pipeline, ArticleSource source) {
    AtomicLong done = new AtomicLong();
    long[] lastReport = {System.nanoTime()};
    RunCounts[] total = {RunCounts.ZERO};
    List<String> failedKeys = new ArrayList<>();
    new BatchRunner(pipeline.runner(), workers).runAll(source, !force, item -> {
      long n = done.incrementAndGet();
      synchronized (lastReport) {
        long now = System.nanoTime();
        if (now - lastReport[0] >= 2_000_000_000L) {
          err.printf("rerun: %d objects so far%n", n);
          lastReport[0] = now;
        }
      }
    }, items -> {
      for (BatchRunner.Item i : items) {
        if (i.failure() != null) {
          failedKeys.add("S3 failure for " + i.article().name() + ": " + i.failure().getMessage());
        } else if (i.report().errorCode() != null && i.report().outcome() != ArticleOutcome.SKIPPED) {
          failedKeys.add("error document for " + i.article().name() + " (" + i.report().errorCode() + ")");
        }
      }
      total[0] = total[0].plus(RunCounts.of(items));
    });
    failedKeys.forEach(k -> err.println("rerun: " + k));
    return total[0];
  }
}
