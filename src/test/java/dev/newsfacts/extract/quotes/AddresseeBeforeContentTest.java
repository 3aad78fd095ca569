package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After "told reporters", a pronoun in the subject case is the first word of what was said. */
class AddresseeBeforeContentTest {
  @Test
  void aSubjectPronounAfterTheAddresseeOpensTheContent() {
    QuotesOf a = QuotesOf.text("Mayor Ana Lopez told reporters she will ask the union to return to the table.");
    assertEquals("she will ask the union to return to the table", a.reported().get(0).text(), a::describe);
  }

  @Test
  void anObjectPronounStaysTheAddressee() {
    QuotesOf a = QuotesOf.text("Mayor Ana Lopez told them she will ask the union to return to the table.");
    assertEquals("she will ask the union to return to the table", a.reported().get(0).text(), a::describe);
  }
}
