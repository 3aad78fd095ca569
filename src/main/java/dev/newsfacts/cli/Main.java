package dev.newsfacts.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * {@code newsfacts <command> [options]}: picocli parses, prints help and reports bad command lines
 * as one line; the commands do the work. Exit codes are listed in {@link ExitCode}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  /** One run with the given streams and environment (the AWS commands read their settings from it). */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return commandLine(out, err, env).execute(args);
  }

  static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env) {
    CommandLine cli = new CommandLine(new TopCommand(err));
    cli.addSubcommand(new ExtractCommand(err));
    cli.addSubcommand(new InvokeCommand(out, err, env));
    cli.addSubcommand(new RerunCommand(err, env));
    cli.addSubcommand(new ReviewCommand(err));
    cli.addSubcommand(new EvalCommand(out, err));
    cli.addSubcommand(new QueryCommand(out, err));
    cli.addSubcommand(new ExportCommand(err));
    cli.addSubcommand(new CommandLine.HelpCommand());
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(true);
    cli.addSubcommand("generate-completion", completion);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler(new OneLineErrors());
    cli.setExecutionStrategy(new CommandLine.RunLast());
    return cli;
  }
}
