package dev.newsfacts.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowFormatTest {
  @Test
  void csvQuotesAFieldWithACommaAQuoteOrALineBreak() {
    assertEquals("\"Smith, Jr.\"", RowFormat.csvField("Smith, Jr."));
    assertEquals("\"the \"\"plan\"\"\"", RowFormat.csvField("the \"plan\""));
    assertEquals("\"two\nlines\"", RowFormat.csvField("two\nlines"));
  }

  @Test
  void csvLeavesAPlainFieldAsItIs() {
    assertEquals("Fiona Gallacher", RowFormat.csvField("Fiona Gallacher"));
  }
}
