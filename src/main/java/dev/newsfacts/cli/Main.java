package dev.newsfacts.cli;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.ExtractorVersion;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code newsfacts <command> [options]}: checks the command, prints usage, delegates.
 * Exit codes are listed in {@link ExitCode}.
 */
public final class Main {
  static final String USAGE = """
      newsfacts - quotes, speakers, entities and facts from news articles

      Usage: newsfacts <command> [options]

      Commands:
        extract   run extraction over a folder or file of articles, one JSON result per article
        invoke    run the S3 Lambda handler locally on an event file (events/*.json)
        rerun     process the articles stored under an S3 prefix again, skipping unchanged ones
        review    a static HTML report of a folder of results (quotes highlighted by speaker)
        eval      score a folder of results against BRAT attribution annotations (PolNeAR layout)
        help      show this text

      Run 'newsfacts <command> --help' for a command's options.
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
      (args.length == 0 ? err : out).print(USAGE);
      return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
    }
    if (args[0].equals("--version") || args[0].equals("-V")) {
      out.println(ExtractorVersion.NAME + " " + ExtractorVersion.read());
      Extractor.modelNames().forEach((stage, model) -> out.println("  " + stage + ": " + model));
      return ExitCode.OK;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "extract" -> new ExtractCommand(out, err).run(rest);
      case "invoke" -> new InvokeCommand(out, err, System.getenv()).run(rest);
      case "rerun" -> new RerunCommand(out, err, System.getenv()).run(rest);
      case "review" -> new ReviewCommand(out, err).run(rest);
      case "eval" -> new EvalCommand(out, err).run(rest);
      // internal, for bench/ (issue 7): not in the usage text
      case "floor" -> new FloorCommand(err).run(rest);
      case "startup" -> new StartupCommand(out, err).run(rest);
      default -> {
        err.println("newsfacts: unknown command '" + args[0] + "'");
        err.print(USAGE);
        yield ExitCode.USAGE;
      }
    };
  }
}
