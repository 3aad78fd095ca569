package dev.newsfacts.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsfacts}: the commands; without one, the list of them and exit code 2. */
@Command(name = "newsfacts", scope = CommandLine.ScopeType.INHERIT, mixinStandardHelpOptions = true,
    sortOptions = false, usageHelpAutoWidth = true,
    header = "newsfacts - quotes, speakers, entities and facts from news articles",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    description = "Start with: newsfacts extract --in samples/articles --out out",
    footer = {"", "Run 'newsfacts <command> --help' for a command's options."})
final class TopCommand implements Callable<Integer> {
  private final PrintStream err;
  @Spec CommandSpec spec;

  TopCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(err);
    return ExitCode.USAGE;
  }
}
