package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "would continue "to break barriers"": a verb that is not speaking before its next word stays so across a quote mark. */
class NotSpeechAcrossQuoteMarkTest {
  @Test
  void continuingToDoSomethingInQuotationMarksIsNotSpeakingIt() {
    QuotesOf a = QuotesOf.text("Voters in three states went to the polls on Tuesday.\n\n"
        + "Marta Quillen declared victory in Ohio and said that her campaign would continue \u201cto break barriers\u201d across the nation.\n");
    assertEquals("Marta Quillen", a.marked("to break barriers").speaker().name(), a::describe);
  }

  @Test
  void continuingAfterACommaStillAttributesTheQuote() {
    QuotesOf a = QuotesOf.text("Voters in three states went to the polls on Tuesday.\n\n"
        + "\u201cWe are not done,\u201d Marta Quillen said. She continued, \u201cto be honest, we have only started.\u201d\n");
    assertEquals("Marta Quillen", a.marked("to be honest").speaker().name(), a::describe);
  }
}
