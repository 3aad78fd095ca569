package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultKeysTest {
  private final ResultKeys keys = new ResultKeys("out", "results/");

  @Test
  void appendsJsonToTheWholeInputKeyUnderThePrefix() {
    assertEquals("results/articles/2023/x.txt.json", keys.result("articles/2023/x.txt"));
    assertEquals("results/articles/2023/x.txt.error.json", keys.error("articles/2023/x.txt"));
  }

  @Test
  void treatsObjectsUnderTheResultPrefixOfTheOutputBucketAsOwnOutput() {
    assertTrue(keys.isOwnOutput("out", "results/a.txt.json"));
    assertFalse(keys.isOwnOutput("in", "results/a.txt.json"));
    assertFalse(keys.isOwnOutput("out", "articles/a.txt"));
  }
}
