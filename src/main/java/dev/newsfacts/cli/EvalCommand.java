package dev.newsfacts.cli;

import dev.newsfacts.eval.ErrorLines;
import dev.newsfacts.eval.EvalInputException;
import dev.newsfacts.eval.Score;
import dev.newsfacts.eval.ScoreJson;
import dev.newsfacts.eval.ScoreTable;
import dev.newsfacts.eval.Scorer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval --gold DIR --pred DIR}: scores result documents against BRAT attribution annotations. */
@Command(name = "eval", sortOptions = false,
    header = "score a folder of results against BRAT attribution annotations (PolNeAR layout)",
    description = {
        "Scores result documents against attributions annotated in BRAT standoff, laid out like PolNeAR:"
            + " SPLIT_DIR/text/<article>.txt, SPLIT_DIR/attributions/<article>_<annotator>.ann (Source, Cue,"
            + " Content arguments), and metadata.tsv (SPLIT_DIR or its parent) to pick the first annotator when an"
            + " article has several. RESULTS_DIR holds <article>.txt.json (directly or under text/), which is what"
            + " 'newsfacts extract --in SPLIT_DIR/text --out RESULTS_DIR' writes.",
        "",
        "Prints a table and, as the last line, direct_f1=... speaker_acc=... e2e_f1=... attr_f1=... (three"
            + " decimals). The definitions are those of the reference scorer score.py (README). --by-rule adds a"
            + " table of the attribution rules: per speaker.rule, the quotes it decided and how many are right (a"
            + " direct quote matched to a gold quote with the right speaker; other quotes matched to, or absorbed"
            + " by, a gold attribution with the right source); (none) counts quotes without a speaker.",
        "",
        "Example: newsfacts extract --in corpus/dev/text --out /tmp/dev",
        "         newsfacts eval --gold corpus/dev --pred /tmp/dev"},
    footer = {"", "Exit codes: 0 scored (whatever the scores), 2 bad command line, 3 unreadable gold or results."})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "SPLIT_DIR", description = "the annotated corpus split")
  String gold;

  @Option(names = "--pred", required = true, paramLabel = "RESULTS_DIR", description = "the result documents to score")
  String pred;

  @Option(names = "--min-gold-words", paramLabel = "N",
      description = "gold direct quotes of fewer than N words count neither way (default ${DEFAULT-VALUE}: off)")
  int minWords = 1;

  @Option(names = "--lenient", description = "count unreadable result files as empty instead of stopping")
  boolean lenient;

  @Option(names = "--quiet", description = "no warnings on stderr")
  boolean quiet;

  @Option(names = "--by-rule",
      description = "also print, per attribution rule (speaker.rule), how many quotes it decided and how many are right")
  boolean byRule;

  @Option(names = "--json", description = "print one JSON object (summary, counts, by_rule with --by-rule) instead of tables")
  boolean json;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "write each missed gold item, false positive, wrong speaker and wrong cue as a line of JSON"
          + " (for development splits, not for a hidden test split)")
  Path errors;

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  EvalCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    CommandChecks.atLeast(spec, "--min-gold-words", minWords, 1);
    for (String dir : new String[] {gold, pred}) {
      if (!Files.isDirectory(Path.of(dir))) {
        err.println("newsfacts eval: " + dir + " is not a folder");
        return ExitCode.IO;
      }
    }
    try {
      Score score = score();
      if (score.count("pred_missing_files") > 0 && !quiet) {
        err.println("newsfacts eval: warning: " + score.count("pred_missing_files") + " of " + score.count("articles")
            + " articles have no result file (counted as empty)");
      }
      if (json) {
        out.println(ScoreJson.render(score, gold, pred, byRule));
        return ExitCode.OK;
      }
      out.println(ScoreTable.render(score, gold, pred));
      if (byRule) {
        out.println();
        out.println(ScoreTable.ruleTable(score));
      }
      out.println(ScoreTable.summaryLine(score));
      return ExitCode.OK;
    } catch (EvalInputException e) {
      err.println("newsfacts eval: " + e.getMessage());
      return ExitCode.IO;
    } catch (IOException | UncheckedIOException e) {
      err.println("newsfacts eval: cannot write " + errors + ": " + e.getMessage());
      return ExitCode.IO;
    }
  }

  private Score score() throws EvalInputException, IOException {
    Consumer<String> warn = msg -> { if (!quiet) err.println("newsfacts eval: warning: " + msg); };
    if (errors == null) return Scorer.score(Path.of(gold), Path.of(pred), minWords, lenient, warn);
    try (ErrorLines lines = new ErrorLines(errors)) {
      return Scorer.score(Path.of(gold), Path.of(pred), minWords, lenient, warn, lines);
    }
  }
}
