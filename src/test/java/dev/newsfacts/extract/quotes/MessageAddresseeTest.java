package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A message addressed "to" someone speaks itself; its addressee is not the source. */
class MessageAddresseeTest {

  @Test
  void aLetterToShareholdersIsTheSourceNotTheShareholders() {
    QuotesOf a = QuotesOf.text("The annual letter to shareholders notes that the harbour project is \u201cyears behind "
        + "and over budget.\u201d");
    Quote q = a.marked("years behind");
    assertEquals("The annual letter to shareholders", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aPersonAfterToThatIsNotAMessageStaysTheSource() {
    QuotesOf a = QuotesOf.text("The bill went to the committee. Its chair, Rosa Lind, said the bill was \u201cnot ready "
        + "for a vote.\u201d");
    Quote q = a.marked("not ready");
    assertEquals("Rosa Lind", q.speaker().name(), a::describe);
  }
}
