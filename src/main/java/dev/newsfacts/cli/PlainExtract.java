package dev.newsfacts.cli;

import dev.newsfacts.extract.ExtractorLoading;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The plain {@code extract --in X --out Y} command line (either order), read without
 * picocli: on a cold JVM picocli's set-up (its converters, reflection over the command's annotations, ~170
 * classes built for Java 5, which the JVM's start-up cache cannot hold) costs a one-article run about as much
 * CPU as the entity lists. Anything else, an option more, help, a value that looks like an option or an
 * {@code @file}, is picocli's to read; so is a bad command line that the command finds while running.
 */
final class PlainExtract {
  private PlainExtract() {}

  /** The command with its two folders set (every other option at its default), or null when picocli must read {@code args}. */
  static ExtractCommand parse(String[] args, PrintStream err, ExtractorLoading loading) {
    if (args.length != 5 || !"extract".equals(args[0])) return null;
    String in = null;
    String out = null;
    for (int i = 1; i < args.length; i += 2) {
      String name = args[i];
      String value = args[i + 1];
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return null;
      if (name.equals("--in") && in == null) in = value;
      else if (name.equals("--out") && out == null) out = value;
      else return null;
    }
    ExtractCommand command = new ExtractCommand(err, loading);
    try {
      command.in = Path.of(in);
      command.outDir = Path.of(out);
    } catch (InvalidPathException e) {
      return null;
    }
    return command;
  }
}
