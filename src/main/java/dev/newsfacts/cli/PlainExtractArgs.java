package dev.newsfacts.cli;

import dev.newsfacts.extract.ExtractorLoading;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * An {@code extract} command line read without picocli when it is plain: each option of the command at most
 * once, in its {@code --name value} form, numbers as plain decimals, no value that starts with {@code -} or
 * {@code @}, {@code --in} and {@code --out} given, and nothing {@link ExtractCommand#usageProblem} objects
 * to. Such a line means the same to picocli, which reads anything else (help, {@code --name=value}, an
 * unknown or repeated option, an argument file, a bad value) and reports its problems. Why: building
 * picocli's model of the commands costs a cold start's single article more CPU than its own work on the
 * command line (about 150 classes, their annotations read through reflection).
 */
final class PlainExtractArgs {
  private static final Set<String> VALUED = Set.of("--in", "--out", "--threads", "--max-bytes", "--time-budget",
      "--published-date");
  private static final Set<String> FLAGS = Set.of("--truncate", "--skip-unchanged");

  private PlainExtractArgs() {}

  /** The command these arguments run, its pipeline already loading; null when picocli should read them. */
  static ExtractCommand command(String[] args, PrintStream err) {
    ExtractCommand c = read(args, err, null);
    if (c == null || c.usageProblem() != null) return null;
    return read(args, err, ExtractorLoading.start());
  }

  /** The command with these arguments set, or null when they are not plain. */
  static ExtractCommand read(String[] args, PrintStream err, ExtractorLoading loading) {
    if (args.length < 5 || !args[0].equals("extract")) return null;
    ExtractCommand c = new ExtractCommand(err, loading);
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (!seen.add(name)) return null;
      if (FLAGS.contains(name)) {
        if (name.equals("--truncate")) c.truncate = true;
        else c.skipUnchanged = true;
        continue;
      }
      if (!VALUED.contains(name) || i + 1 == args.length) return null;
      String value = args[++i];
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return null;
      switch (name) {
        case "--in" -> c.in = path(value);
        case "--out" -> c.outDir = path(value);
        case "--threads" -> c.threads = (int) number(value, 9);
        case "--max-bytes" -> c.maxBytes = number(value, 18);
        case "--time-budget" -> c.timeBudgetSeconds = (int) number(value, 9);
        default -> c.publishedDate = value;
      }
      if (c.in == null && name.equals("--in") || c.outDir == null && name.equals("--out")) return null;
      if (c.threads < 1 || c.maxBytes < 1 || c.timeBudgetSeconds < 1) return null;
    }
    return c.in != null && c.outDir != null ? c : null;
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** A decimal of at most {@code maxDigits} digits without a leading zero; -1 for anything else. */
  private static long number(String value, int maxDigits) {
    if (value.length() > maxDigits || value.charAt(0) == '0') return -1;
    long n = 0;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch < '0' || ch > '9') return -1;
      n = n * 10 + (ch - '0');
    }
    return n;
  }
}
