package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code newsfacts eval} and {@code ../shared/eval/score.py} must give the same figures: both score
 * our extractor's output for the PolNeAR dev split, and their tables (every count, every ratio to
 * three decimals) must be identical. Skipped when ../shared or python3 is absent.
 */
class EvalAgreementIT {
  @Test
  void givesTheSameTableAsTheReferenceScorerOnTheDevSplit() {
    Path dev = Evaluation.require(Evaluation.shared().resolve("datasets/polnear/dev"));
    Path scorer = Evaluation.require(Evaluation.shared().resolve("eval/score.py"));
    Evaluation.requirePython();
    Path out = Evaluation.freshOutput("eval-agreement");
    Evaluation.extract(dev.resolve("text"), out);

    for (String[] extra : new String[][] {{}, {"--min-gold-words", "3"}}) {
      String[] javaArgs = concat(new String[] {"eval", "--gold", dev.toString(), "--pred", out.toString()}, extra);
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      int exit;
      try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
           PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
        exit = Main.run(javaArgs, o, e);
      }
      assertEquals(ExitCode.OK, exit, stderr.toString(StandardCharsets.UTF_8));
      Evaluation.Result python = Evaluation.python(scorer,
          concat(new String[] {"--gold", dev.toString(), "--pred", out.toString()}, extra));
      assertEquals(0, python.exit(), python.stderr());
      String ours = stdout.toString(StandardCharsets.UTF_8);
      System.out.println("eval " + String.join(" ", extra) + ": " + ours.strip().lines().reduce((a, b) -> b).orElse(""));
      assertEquals(python.lastLine(), ours.strip().lines().reduce((a, b) -> b).orElseThrow(), "summary line");
      assertEquals(python.stdout().strip(), ours.strip(), "the whole table");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
