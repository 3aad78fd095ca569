package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * '"… spine." Okafor said both rivals are "lightweights."': an attribution after a quote that ends
 * its sentence, going on to a clause of its own (a linking verb too), opens a new statement.
 */
class StatementAfterFullStopTest {
  @Test
  void aLinkingVerbAfterTheNextCueLeavesTheQuoteWithTheSpeakerBefore() {
    QuotesOf a = QuotesOf.text("\"We lost the vote by a mile,\" the mayor said. \"It shows a lack of spine.\" "
        + "Okafor said both rivals are \"lightweights.\"\n");
    Quote q = a.marked("It shows a lack of spine");
    assertEquals("the mayor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aBareCueAfterTheQuoteStillAttributesIt() {
    QuotesOf a = QuotesOf.text("The council met on Monday.\n\n\"Go home now.\" Okafor said, \"and come back tomorrow.\"\n");
    Quote q = a.marked("Go home now");
    assertEquals("Okafor", q.speaker().mention().text(), a::describe);
  }
}
