package dev.newsfacts.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks picocli does not do itself; a failed one is a bad command line (exit code 2). */
final class CommandChecks {
  private CommandChecks() {}

  static void atLeast(CommandSpec spec, String option, long value, long min) {
    if (value < min) throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
  }

  /** The constant of {@code type} named {@code value} in any case, e.g. "csv" for CSV. */
  static <E extends Enum<E>> E oneOf(CommandSpec spec, String option, String value, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) return e;
    }
    String allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    throw new ParameterException(spec.commandLine(), option + " must be one of " + allowed + ", not " + value);
  }
}
