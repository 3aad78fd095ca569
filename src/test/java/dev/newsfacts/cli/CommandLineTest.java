package dev.newsfacts.cli;

import static dev.newsfacts.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What every command shares: version, help, one-line errors, the completion script. */
class CommandLineTest {

  @Test
  void versionNamesTheExtractorVersionAndEveryModel() {
    CliRun r = run("--version");
    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.out().startsWith("newsfacts "), r.out());
    Extractor.modelNames().values().forEach(model -> assertTrue(r.out().contains(model), r.out()));
  }

  @Test
  void aCommandsOwnVersionOptionNamesTheExtractorVersion() {
    CliRun r = run("extract", "--version");
    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.out().startsWith("newsfacts "), r.out());
  }

  @Test
  void aBadOptionIsOneLinePlusWhereToLook() {
    CliRun r = run("eval", "--gold", "g", "--pred", "p", "--strict");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals(2, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("newsfacts eval: unknown option '--strict'"), r.err());
    assertTrue(r.err().contains("see 'newsfacts eval --help'"), r.err());
  }

  @Test
  void aMisspeltCommandGetsASuggestion() {
    CliRun r = run("reveiw");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("unknown command 'reveiw'") && r.err().contains("review"), r.err());
  }

  @Test
  void aNumberBelowItsMinimumIsABadCommandLine() {
    CliRun r = run("extract", "--in", "x", "--out", "y", "--threads", "0");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("--threads must be at least 1"), r.err());
  }

  @Test
  void withoutACommandListsThemOnStderrAndExitsTwo() {
    CliRun r = run();
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("extract") && r.err().contains("eval"), r.err());
  }

  @Test
  void theInternalBenchCommandsAreNotListed() {
    CliRun r = run("--help");
    assertEquals(ExitCode.OK, r.exit());
    assertFalse(r.out().contains("floor") || r.out().contains("startup"), r.out());
  }

  @Test
  void helpCommandShowsACommandsOptions() {
    CliRun r = run("help", "review");
    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.out().contains("--articles=ARTICLES_DIR"), r.out());
  }

  @Test
  void generatesABashCompletionScriptForEveryCommand() {
    CliRun r = run("generate-completion");
    assertEquals(ExitCode.OK, r.exit(), r.err());
    assertTrue(r.out().contains("complete -F _complete_newsfacts"), r.out());
    assertTrue(r.out().contains("--skip-unchanged") && r.out().contains("--min-gold-words"), "options of extract and eval");
  }

  @Test
  void aRunNamingACommandBuildsThatCommandAlone() {
    CommandLine cli = Main.commandLine(System.out, System.err, Map.of(), new String[] {"review", "--help"});
    assertEquals(Set.of("review"), cli.getSubcommands().keySet());
  }

  @Test
  void aCommandsOwnHelpNeedsNoOtherCommand() {
    CliRun r = run("extract", "--help");
    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.out().contains("--in=DIR|FILE") && r.out().contains("--skip-unchanged"), r.out());
  }
}
