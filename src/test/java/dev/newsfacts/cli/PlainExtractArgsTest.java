package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlainExtractArgsTest {
  private static final PrintStream ERR = System.err;

  private static ExtractCommand read(String... args) {
    return PlainExtractArgs.read(args, ERR, null);
  }

  @Test
  void aPlainLineSetsEveryOptionAsPicocliWould() {
    ExtractCommand c = read("extract", "--out", "results", "--in", "articles/today", "--threads", "3",
        "--time-budget", "20", "--truncate", "--published-date", "2024-03-05");
    assertEquals(Path.of("articles/today"), c.in);
    assertEquals(Path.of("results"), c.outDir);
    assertEquals(3, c.threads);
    assertEquals(20, c.timeBudgetSeconds);
    assertTrue(c.truncate);
    assertEquals("2024-03-05", c.publishedDate);
  }

  @Test
  void anOptionWithItsValueAfterAnEqualsSignIsLeftToPicocli() {
    assertNull(read("extract", "--in=articles", "--out", "results"));
  }

  @Test
  void aRepeatedOptionIsLeftToPicocli() {
    assertNull(read("extract", "--in", "a", "--out", "results", "--in", "b"));
  }

  @Test
  void aNumberWithALeadingZeroOrBelowOneIsLeftToPicocli() {
    assertNull(read("extract", "--in", "a", "--out", "results", "--threads", "08"));
    assertNull(read("extract", "--in", "a", "--out", "results", "--threads", "0"));
  }

  @Test
  void helpAndAMissingOutputAreLeftToPicocli() {
    assertNull(read("extract", "--in", "a", "--help", "x"));
    assertNull(read("extract", "--in", "articles", "--threads", "2"));
  }

  @Test
  void aDateThatIsNoRealDayIsLeftToPicocliToReport() {
    assertNull(PlainExtractArgs.command(new String[] {"extract", "--in", "a", "--out", "r", "--published-date",
        "2024-02-30"}, ERR));
  }
}
