package dev.newsfacts.cli;

import dev.newsfacts.eval.EvalInputException;
import dev.newsfacts.eval.Score;
import dev.newsfacts.eval.ScoreTable;
import dev.newsfacts.eval.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code eval --gold DIR --pred DIR}: scores result documents against BRAT attribution annotations. */
final class EvalCommand {
  static final String HELP = """
      Usage: newsfacts eval --gold SPLIT_DIR --pred RESULTS_DIR [--min-gold-words N] [--lenient] [--quiet]

      Scores result documents against attributions annotated in BRAT standoff, laid out like PolNeAR:
      SPLIT_DIR/text/<article>.txt, SPLIT_DIR/attributions/<article>_<annotator>.ann (Source, Cue,
      Content arguments), and metadata.tsv (SPLIT_DIR or its parent) to pick the first annotator
      when an article has several. RESULTS_DIR holds <article>.txt.json (directly or under text/),
      which is what 'newsfacts extract --in SPLIT_DIR/text --out RESULTS_DIR' writes.

      Prints a table and, as the last line, direct_f1=... speaker_acc=... e2e_f1=... attr_f1=...
      (three decimals). The definitions are those of the reference scorer score.py (README).

      Example: newsfacts extract --in corpus/dev/text --out /tmp/dev
               newsfacts eval --gold corpus/dev --pred /tmp/dev

      Options:
        --min-gold-words N  gold direct quotes of fewer than N words count neither way (default 1: off)
        --lenient           count unreadable result files as empty instead of stopping
        --quiet             no warnings on stderr

      Exit codes: 0 scored (whatever the scores), 2 bad command line, 3 unreadable gold or results.
      """;

  private final java.io.PrintStream out;
  private final java.io.PrintStream err;

  EvalCommand(java.io.PrintStream out, java.io.PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    Options o;
    int minWords;
    try {
      o = Options.parse(args, Set.of("--gold", "--pred", "--min-gold-words"), Set.of("--lenient", "--quiet", "--help", "-h"));
      if (o.has("--help") || o.has("-h")) {
        out.print(HELP);
        return ExitCode.OK;
      }
      if (o.get("--gold") == null || o.get("--pred") == null) throw new Options.UsageException("--gold and --pred are required");
      minWords = o.intValue("--min-gold-words", 1, 1);
    } catch (Options.UsageException e) {
      err.println("newsfacts eval: " + e.getMessage());
      err.print(HELP);
      return ExitCode.USAGE;
    }
    String gold = o.get("--gold");
    String pred = o.get("--pred");
    for (String dir : new String[] {gold, pred}) {
      if (!Files.isDirectory(Path.of(dir))) {
        err.println("newsfacts eval: " + dir + " is not a folder");
        return ExitCode.IO;
      }
    }
    boolean quiet = o.has("--quiet");
    try {
      Score score = Scorer.score(Path.of(gold), Path.of(pred), minWords, o.has("--lenient"),
          msg -> { if (!quiet) err.println("newsfacts eval: warning: " + msg); });
      if (score.count("pred_missing_files") > 0 && !quiet) {
        err.println("newsfacts eval: warning: " + score.count("pred_missing_files") + " of " + score.count("articles")
            + " articles have no result file (counted as empty)");
      }
      out.println(ScoreTable.render(score, gold, pred));
      out.println(ScoreTable.summaryLine(score));
      return ExitCode.OK;
    } catch (EvalInputException e) {
      err.println("newsfacts eval: " + e.getMessage());
      return ExitCode.IO;
    }
  }
}
