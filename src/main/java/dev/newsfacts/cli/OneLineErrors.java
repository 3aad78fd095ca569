package dev.newsfacts.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A bad command line is one line saying what is wrong and where to look, not a page of usage. */
final class OneLineErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName(" ");
    PrintWriter err = cmd.getErr();
    err.println(name + ": " + message(ex, cmd));
    err.println("see '" + name + " --help'");
    return ExitCode.USAGE;
  }

  private static String message(ParameterException ex, CommandLine cmd) {
    if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return ex.getMessage();
    String first = u.getUnmatched().get(0);
    List<String> suggestions = u.getSuggestions();
    String hint = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
    if (first.startsWith("-")) return "unknown option '" + first + "'" + hint;
    if (cmd.getParent() == null) return "unknown command '" + first + "'" + hint;
    return "unexpected argument '" + first + "'" + hint;
  }
}
