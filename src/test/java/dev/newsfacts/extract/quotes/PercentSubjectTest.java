package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A share written with a percent sign ("47% say") is the source of what the verb after it reports. */
class PercentSubjectTest {

  @Test
  void aShareWithAPercentSignIsTheSourceOfTheClauseAfterTheCue() {
    QuotesOf q = QuotesOf.text("Voters are divided on the budget. 47% say the province should raise taxes on the wealthy.");
    assertEquals("47%", q.containing("the province should raise taxes").speaker().mention().text(), q::describe);
  }

  @Test
  void aPercentSignWithoutANumberBeforeItIsNoSource() {
    assertNull(PercentSubject.endingAt(QuotesOf.annotate("Rates rose by a % said nobody.").tokens(), 4, 0));
  }
}
