package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The verbs of an interview's exchange attribute the quoted words next to them. */
class ExchangeVerbsTest {

  @Test
  void answeredAttributesTheQuoteBeforeIt() {
    QuotesOf a = QuotesOf.text("\u201cI would say this: the wall gets built,\u201d Lena Kovac answered.");
    assertEquals("Lena Kovac", a.marked("the wall gets built").speaker().name(), a::describe);
  }

  @Test
  void pressedAttributesTheQuestionBeforeIt() {
    QuotesOf a = QuotesOf.text("\u201cWould the deadline be negotiable?\u201d the host, Omar Reyes, pressed.");
    assertEquals("Omar Reyes", a.marked("deadline be negotiable").speaker().name(), a::describe);
  }

  @Test
  void pressedWithoutQuotationMarksReportsNothing() {
    QuotesOf a = QuotesOf.text("Omar Reyes pressed the button and the gates of the old mill opened slowly.");
    assertEquals(0, a.reported().size(), a::describe);
  }

  @Test
  void asAWriterPutsItAttributesTheQuoteAfterIt() {
    QuotesOf a = QuotesOf.text("As the columnist Nora Field puts it, \u201cThe council is unmoved, and the voters are uninspired.\u201d");
    assertEquals("the columnist Nora Field", a.marked("council is unmoved").speaker().mention().text(), a::describe);
  }

  @Test
  void boomedAttributesTheQuoteAfterItsColon() {
    QuotesOf a = QuotesOf.text("Then the senator, Ada Kline, leaned in and boomed: \u201cLet us win this in November.\u201d");
    assertEquals("Ada Kline", a.marked("win this in November").speaker().name(), a::describe);
  }
}
