package dev.newsfacts.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

  private static int newlines(byte[] bytes) {
    int n = 0;
    for (byte b : bytes) if (b == '\n') n++;
    return n;
  }

  @Test
  void aResultDocumentIsOneNewlineTerminatedLine() {
    byte[] json = ResultJson.toBytes(Fixtures.extract("flood-aid-multi-paragraph.txt"));
    assertEquals(1, newlines(json), "one line break only");
    assertEquals('\n', json[json.length - 1]);
    SchemaAssert.assertValid(json);
  }

  @Test
  void lineBreaksInsideStringsAreEscapedNotWritten() {
    String line = ResultJson.toString(java.util.Map.of("text", "first paragraph\nsecond paragraph"));
    assertEquals("{\"text\":\"first paragraph\\nsecond paragraph\"}\n", line);
  }

  @Test
  void anErrorDocumentIsOneNewlineTerminatedLine() {
    byte[] empty = new byte[0];
    Outcome o = Fixtures.extractor().extract(new ArticleInput(empty, SourceRef.local("empty.txt", 0, "text/plain")));
    assertFalse(o instanceof Outcome.Success);
    byte[] json = ResultJson.toBytes(o.document());
    assertEquals(1, newlines(json));
    assertEquals('\n', json[json.length - 1]);
    assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"code\":\"EMPTY\""));
    SchemaAssert.assertValid(json);
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    ResultDocument doc = Fixtures.extract("council-budget-curly-quotes.txt");
    assertArrayEquals(ResultJson.toBytes(doc), ResultJson.toBytes(Fixtures.extract("council-budget-curly-quotes.txt")));
  }
}
