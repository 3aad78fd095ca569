package dev.newsfacts.cli;

import dev.newsfacts.extract.ExtractorLoading;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code newsfacts <command> [options]}: picocli parses, prints help and reports bad command lines
 * as one line; the commands do the work. Exit codes are listed in {@link ExitCode}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    // An extract that succeeded ends by returning: System.exit first sets up the JDK's System.Logger (it logs
    // the exit), ~15 ms of CPU on a cold start. Extract leaves no thread that is not a daemon (its pool is shut
    // down), so the JVM ends as it would with exit(0). Other commands (AWS clients, DuckDB) exit as before.
    if (code == 0 && willExtract(args)) return;
    System.exit(code);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    // the environment is read only when picocli builds the commands: a plain extract needs none of it, and the
    // JDK's first System.getenv() copies every variable and loads its process classes (~10 on a cold start)
    // (null below; no lambda either, which a cold start would spin a class for)
    return run(args, out, err, null);
  }

  /**
   * One run with the given streams and environment (the AWS commands read their settings from it; null: the
   * process's, read when the commands are built).
   */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    // an extract run loads the pipeline from here on, while the command line is read and the folders checked
    ExtractorLoading loading = willExtract(args) ? ExtractorLoading.start() : null;
    ExtractCommand plain = PlainExtract.parse(args, err, loading);
    if (plain != null) {
      try {
        return plain.call();
      } catch (ParameterException e) {
        // nothing was done yet: picocli reads the line again and reports it as it reports any other
      } catch (RuntimeException e) {
        e.printStackTrace(err);  // as picocli does with what a command throws
        return CommandLine.ExitCode.SOFTWARE;
      }
    }
    return commandLine(out, err, env == null ? System.getenv() : env, args, loading).execute(args);
  }

  /** The whole command tree, every command built: what help, completion and a mistyped command need. */
  static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env) {
    return commandLine(out, err, env, new String[0], null);
  }

  /** The command tree for a run with these arguments (see below), the pipeline not loaded ahead. */
  static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env, String[] args) {
    return commandLine(out, err, env, args, null);
  }

  /**
   * The command tree for a run with these arguments: when the first names a command, the top command
   * and that one alone, since picocli reads every command's annotations and field types when it is
   * added (all of them cost a cold {@code extract} more CPU than its own command); otherwise (no
   * command, an option, a mistyped name, help, completion) all of them, so that usage, suggestions and
   * completion scripts list every command. {@code loading}: the pipeline an {@code extract} run has
   * started loading, or null.
   */
  private static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env, String[] args,
      ExtractorLoading loading) {
    String first = args.length == 0 ? null : args[0];
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("extract", () -> new ExtractCommand(err, loading));
    commands.put("invoke", () -> new InvokeCommand(out, err, env));
    commands.put("rerun", () -> new RerunCommand(err, env));
    commands.put("review", () -> new ReviewCommand(err));
    commands.put("eval", () -> new EvalCommand(out, err));
    commands.put("query", () -> new QueryCommand(out, err));
    commands.put("export", () -> new ExportCommand(err));
    CommandLine cli = new CommandLine(new TopCommand(err));
    if (commands.containsKey(first)) {
      cli.addSubcommand(first, commands.get(first).get());
    } else {
      for (Map.Entry<String, Supplier<Object>> c : commands.entrySet()) cli.addSubcommand(c.getKey(), c.getValue().get());
      cli.addSubcommand(new CommandLine.HelpCommand());
      CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
      completion.getCommandSpec().usageMessage().hidden(true);
      cli.addSubcommand("generate-completion", completion);
    }
    // set once the subcommands are in: picocli copies an inherited version into each subcommand as it is
    // added, which would call the provider (reading the model names) on every run, not only for --version
    VersionProvider version = new VersionProvider();
    cli.getCommandSpec().versionProvider(version);
    for (CommandLine sub : cli.getSubcommands().values()) sub.getCommandSpec().versionProvider(version);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler(new OneLineErrors());
    cli.setExecutionStrategy(new CommandLine.RunLast());
    return cli;
  }

  /** Whether these arguments will run {@code extract}, as far as one can tell before parsing: no help or version asked. */
  private static boolean willExtract(String[] args) {
    if (args.length == 0 || !"extract".equals(args[0])) return false;
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) return false;
    }
    return args.length > 1;
  }
}
