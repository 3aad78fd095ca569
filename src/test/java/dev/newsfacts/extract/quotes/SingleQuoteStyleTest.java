package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** British house style: quotations in single marks, in articles with no double mark. */
class SingleQuoteStyleTest {

  private static final String WATER = """
      The chief executive of the water company has apologised after sewage was discharged into the river.

      ‘We have let our customers down and I am truly sorry,’ said Helen Crane, who took over in January.

      Local campaigner Tom Jessop said the players’ union and the anglers’ club would protest. ‘The river \
      is dead,’ he told the BBC. ‘Nobody has been held to account, and we don’t expect anyone to be.’
      """;

  @Test
  void pairsCurlySingleMarksAsQuotationsWhenTheArticleHasNoDoubleMark() {
    QuotesOf a = QuotesOf.text(WATER);
    Quote q = a.marked("let our customers down");
    assertEquals(QuoteKind.DIRECT, q.kind(), a::describe);
    assertEquals("Helen Crane", q.speaker().name(), a::describe);
  }

  @Test
  void takesNeitherAPluralPossessiveNorAContractionForAClosingMark() {
    QuotesOf a = QuotesOf.text(WATER);
    assertEquals("Nobody has been held to account, and we don’t expect anyone to be.",
        a.marked("Nobody has been").text(), a::describe);
    assertEquals("Tom Jessop", a.marked("river is dead").speaker().name(), a::describe);
  }

  @Test
  void leavesSingleMarksNestedInDoubleQuotesAlone() {
    QuotesOf a = QuotesOf.text("\"She told me, ‘Read page forty,’ and nobody did,\" Haslam said.");
    assertEquals(1, a.quotes().size(), a::describe);
    assertTrue(a.quotes().get(0).text().startsWith("She told me"), a::describe);
  }

  @Test
  void isNotUsedForAnArchiveThatWritesDoubleMarksAsTwoApostrophes() {
    assertFalse(SingleQuoteStyle.usedIn("''We will win,'' Mr. Lee said. He called it 'a test'."));
  }

  @Test
  void isNotUsedWhenOnlyElisionsOpenAWord() {
    assertFalse(SingleQuoteStyle.usedIn("Rock 'n' roll came back in the '90s, fans said."));
  }
}
