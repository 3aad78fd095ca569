package dev.newsfacts.cli;

import dev.newsfacts.aws.AwsConfig;
import dev.newsfacts.aws.BatchRunner;
import dev.newsfacts.aws.ObjectRef;
import dev.newsfacts.aws.Pipeline;
import dev.newsfacts.aws.RunCounts;
import dev.newsfacts.aws.S3Clients;
import dev.newsfacts.extract.Extractor;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code rerun --bucket B --prefix P}: what the scheduled Step Functions rerun does, from here:
 * lists the stored articles and processes each with the same core and skip-unchanged logic.
 */
@Command(name = "rerun", sortOptions = false,
    header = "process the articles stored under an S3 prefix again, skipping unchanged ones",
    description = {
        "Lists every object under s3://B/P and processes it again, as the scheduled rerun does: an article whose"
            + " stored result (or error document) has the same content hash and extractor version is skipped unless"
            + " --force is given.",
        "With --keys FILE it does exactly the objects listed there instead, each whether changed or not: one key"
            + " per line, or the JSON lines of the upload function's failure queue, or the Distributed Map's failed"
            + " items (blank lines and '#' comments ignored). A listed key that is not there gets an error document."},
    footer = {"",
        "Environment as for 'invoke' (OUTPUT_BUCKET, RESULT_PREFIX, MAX_INPUT_BYTES, AWS_*). Progress and the"
            + " summary go to stderr.",
        "Exit codes: 0 no article failed, 1 some got error documents, 2 bad command line or configuration, 3 S3"
            + " failed for some objects (run again)."})
final class RerunCommand implements Callable<Integer> {
  private static final int PAGE = 1000;

  @Option(names = "--bucket", required = true, paramLabel = "B", description = "the input bucket")
  String bucket;

  @Option(names = "--prefix", paramLabel = "P", description = "only keys starting with P (default: the whole bucket)")
  String prefix = "";

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "an S3-compatible endpoint (S3Proxy, MinIO, LocalStack); path-style")
  URI endpoint;

  @Option(names = "--keys", paramLabel = "FILE",
      description = "only the objects listed in FILE (keys, or failure records as JSON lines), instead of a listing")
  Path keysFile;

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
    List<ObjectRef> listed = keysFile == null ? null : listedKeys();
    if (listed == null && keysFile != null) return ExitCode.IO;
    long t0 = System.nanoTime();
    try (Pipeline pipeline = Pipeline.create(config, S3Clients.create(config, env), Extractor.create())) {
      BatchRunner runner = new BatchRunner(pipeline.processor(), workers);
      AtomicLong done = new AtomicLong();
      RunCounts total = RunCounts.ZERO;
      List<String> failedKeys = new ArrayList<>();
      List<ObjectRef> page = new ArrayList<>(PAGE);
      // a listed object is redone even when unchanged: the operator named it
      boolean redo = force || listed != null;
      // page by page: millions of keys never sit in memory at once
      Iterable<ObjectRef> source = listed != null ? listed : () -> pipeline.s3()
          .listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
          .map((S3Object obj) -> new ObjectRef(bucket, obj.key())).iterator();
      for (ObjectRef ref : source) {
        page.add(ref);
        if (page.size() == PAGE) total = total.plus(runPage(runner, page, redo, done, failedKeys));
      }
      if (!page.isEmpty()) total = total.plus(runPage(runner, page, redo, done, failedKeys));
      double seconds = (System.nanoTime() - t0) / 1e9;
      failedKeys.forEach(k -> err.println("rerun: " + k));
      String what = listed != null ? "listed in " + keysFile : "under s3://" + bucket + "/" + prefix;
      err.printf(Locale.ROOT, "rerun: %d objects %s: %d processed, %d skipped (unchanged), %d failed"
          + " (error documents), %d refused (own output), %d S3 failures in %.1f s (%.1f objects/s, %d workers)%n",
          total.total(), what, total.processed(), total.skipped(), total.failed(), total.refused(),
          total.unavailable(), seconds, seconds > 0 ? total.total() / seconds : 0.0, workers);
      if (total.unavailable() > 0) return ExitCode.IO;
      return total.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    } catch (SdkException e) {
      err.println("newsfacts rerun: cannot list s3://" + bucket + "/" + prefix + ": " + e.getMessage());
      return ExitCode.IO;
    }
  }

  /** The --keys list, or null (after saying why) when the file cannot be read. */
  private List<ObjectRef> listedKeys() {
    if (!prefix.isEmpty()) throw new ParameterException(spec.commandLine(), "--keys and --prefix: give one or the other");
    String text;
    try {
      text = Files.readString(keysFile, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("newsfacts rerun: cannot read the key list " + keysFile + ": " + e.getMessage());
      return null;
    }
    try {
      return KeyList.parse(text, bucket);
    } catch (KeyList.BadLine e) {
      throw new ParameterException(spec.commandLine(), "--keys " + keysFile + ", " + e.getMessage());
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
