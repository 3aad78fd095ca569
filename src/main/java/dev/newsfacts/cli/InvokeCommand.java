package dev.newsfacts.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.newsfacts.aws.AwsConfig;
import dev.newsfacts.aws.EventKind;
import dev.newsfacts.aws.ExtractHandler;
import dev.newsfacts.aws.InvocationSummary;
import dev.newsfacts.aws.Pipeline;
import dev.newsfacts.aws.S3Clients;
import dev.newsfacts.aws.S3UnavailableException;
import dev.newsfacts.json.ResultJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code invoke --event FILE [--endpoint URL]}: runs the Lambda handler here, without Docker,
 * on an S3 event file read the way the Lambda Java runtime reads it.
 */
@Command(name = "invoke", sortOptions = false,
    header = "run the S3 Lambda handler locally on an event file (events/*.json)",
    description = {
        "Calls the S3 Lambda handler (dev.newsfacts.aws.ExtractHandler) in this JVM with the S3 event in FILE"
            + " (e.g. events/s3-put.json), deserialised by the Lambda runtime's own serialiser. Reads the articles"
            + " and writes results to S3 or to any S3-compatible server."},
    footer = {"",
        "Environment: OUTPUT_BUCKET, RESULT_PREFIX (default results/), MAX_INPUT_BYTES, AWS_REGION, and credentials"
            + " as the AWS SDK finds them (AWS_ACCESS_KEY_ID ...). The handler's JSON log lines go to stderr, the"
            + " invocation summary to stdout.",
        "Exit codes: 0 every article gave a result, 1 some gave error documents, 2 bad command line or"
            + " configuration, or FILE is not an S3 event (the message names the handler that takes it), 3 S3 failed"
            + " (Lambda would retry)."})
final class InvokeCommand implements Callable<Integer> {
  @Option(names = "--event", required = true, paramLabel = "FILE", description = "the S3 event (JSON, as S3 sends it)")
  Path eventFile;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "an S3-compatible endpoint (S3Proxy, MinIO, LocalStack); path-style. Default: AWS_ENDPOINT_URL_S3,"
          + " else AWS itself")
  URI endpoint;

  @Option(names = "--output-bucket", paramLabel = "B", description = "where results go (default: OUTPUT_BUCKET)")
  String outputBucket;

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  InvokeCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  @Override
  public Integer call() {
    AwsConfig config = AwsSettings.config(spec, env, outputBucket, endpoint);
    S3Event event;
    try {
      byte[] json = Files.readAllBytes(eventFile);
      EventKind kind = EventKind.of(ResultJson.mapper().readTree(json));
      if (kind != EventKind.S3_EVENT) {
        err.println("newsfacts invoke: " + eventFile + " is " + kind.description() + "; invoke runs ExtractHandler,"
            + " which takes S3 events only" + (kind.handler() == null ? "" : ". " + kind.handler() + " takes this one: sam local"
            + " invoke " + kind.function() + " -e " + eventFile));
        return ExitCode.USAGE;
      }
      event = LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader())
          .fromJson(new ByteArrayInputStream(json));
    } catch (IOException | RuntimeException e) {
      err.println("newsfacts invoke: cannot read the event " + eventFile + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    try (Pipeline pipeline = Pipeline.create(config, S3Clients.create(config, env))) {
      InvocationSummary s = new ExtractHandler(pipeline).handle(event, new LocalContext("local-invoke", err));
      out.printf("invoke: %d results, %d error documents, %d refused (own output) -> s3://%s/%s%n",
          s.results(), s.errors(), s.refused(), config.outputBucket(), config.resultPrefix());
      return s.errors() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    } catch (S3UnavailableException e) {
      err.println("newsfacts invoke: " + e.getMessage());
      return ExitCode.IO;
    }
  }
}
