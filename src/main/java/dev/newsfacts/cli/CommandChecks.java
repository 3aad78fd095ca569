package dev.newsfacts.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks picocli does not do itself; a failed one is a bad command line (exit code 2). */
final class CommandChecks {
  private CommandChecks() {}

  static void atLeast(CommandSpec spec, String option, long value, long min) {
    if (value < min) throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
  }
}
