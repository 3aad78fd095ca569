package dev.newsfacts.cli;

import dev.newsfacts.aws.AwsConfig;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The Lambda's settings for the local AWS commands: the environment, overridden by command-line options. */
final class AwsSettings {
  private AwsSettings() {}

  static AwsConfig config(CommandSpec spec, Map<String, String> env, String outputBucket, URI endpoint) {
    Map<String, String> settings = new HashMap<>(env);
    if (outputBucket != null) settings.put("OUTPUT_BUCKET", outputBucket);
    try {
      AwsConfig config = AwsConfig.fromEnv(settings);
      return endpoint == null ? config : config.withEndpoint(endpoint);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
