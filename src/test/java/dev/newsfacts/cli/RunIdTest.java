package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunIdTest {
  @Test
  void oneRunGivesTheSameIdEachTimeItIsAsked() {
    RunId run = new RunId();
    String first = run.get();
    assertTrue(first.startsWith("cli-"));
    assertEquals(first, run.get());
  }

  @Test
  void twoRunsGetDifferentIds() {
    assertNotEquals(new RunId().get(), new RunId().get());
  }
}
