package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.Fixtures;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.ResultDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every fixture's result must have, whatever the article says. */
class EveryFixtureTest {
  private static final String QUOTE_MARKS = "\"“”";

  static Stream<String> fixtures() {
    List<String> names = Fixtures.names();
    assertFalse(names.isEmpty(), "no fixture articles found");
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void givesASchemaValidResultWhoseSpansIndexTheText(String fixture) {
    // Fixtures.extract validates against the schema and checks every span against the text
    assertFalse(Fixtures.extract(fixture).quotes().isEmpty(), "every fixture has quotes");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void writesIdenticalBytesForTheSameInput(String fixture) {
    assertArrayEquals(ResultJson.toBytes(Fixtures.extract(fixture)), ResultJson.toBytes(Fixtures.extract(fixture)));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void keepsEveryQuoteInsideOneParagraph(String fixture) {
    for (Quote q : Fixtures.extract(fixture).quotes()) assertFalse(q.text().contains("\n"), q.id() + ": " + q.text());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void leavesTheQuotationMarksOutOfQuotedText(String fixture) {
    for (Quote q : Fixtures.extract(fixture).quotes()) {
      if (q.kind() == QuoteKind.INDIRECT) continue;
      assertTrue(QUOTE_MARKS.indexOf(q.text().charAt(0)) < 0, q.id() + ": " + q.text());
      assertTrue(QUOTE_MARKS.indexOf(q.text().charAt(q.text().length() - 1)) < 0, q.id() + ": " + q.text());
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void numbersQuotesInTextOrder(String fixture) {
    List<Quote> quotes = Fixtures.extract(fixture).quotes();
    for (int i = 0; i < quotes.size(); i++) {
      assertEquals("q" + (i + 1), quotes.get(i).id());
      if (i > 0) assertTrue(quotes.get(i - 1).start() <= quotes.get(i).start(), quotes.get(i).id());
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void linksEverySpeakerEntityIdToAnEntityOfThatName(String fixture) {
    ResultDocument doc = Fixtures.extract(fixture);
    for (Quote q : doc.quotes()) {
      if (q.speaker().entityId() == null) continue;
      Entity e = doc.entities().stream().filter(x -> x.id().equals(q.speaker().entityId())).findFirst().orElseThrow();
      assertEquals(e.name(), q.speaker().name(), q.id());
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void keepsOffsetsValidForCrlfInputWithAByteOrderMark(String fixture) {
    String crlf = Fixtures.text(fixture).replace("\n", "\r\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    // offsets index the decoded text: BOM dropped, CRLF kept
    Fixtures.extract(bytes, fixture, crlf);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void findsTheSameQuotesInCrlfInputAsInLfInput(String fixture) {
    String lf = Fixtures.text(fixture);
    String crlf = lf.replace("\n", "\r\n");
    List<String> expected = Fixtures.extract(fixture).quotes().stream().map(q -> q.kind() + " " + q.text()).toList();
    List<String> actual = Fixtures.extract(crlf.getBytes(StandardCharsets.UTF_8), fixture, crlf).quotes().stream()
        .map(q -> q.kind() + " " + q.text()).toList();
    assertEquals(expected, actual);
  }
}
