package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "sees the plan as a mistake": a verb of regard with an object, "as" and a complement states a view. */
class RegardAsTest {
  @Test
  void theObjectAndItsComplementAreTheViewOfTheSubject() {
    QuotesOf a = QuotesOf.text("The teachers' union sees the new curriculum as a step backwards for rural schools.\n");
    Quote q = a.containing("the new curriculum as a step backwards");
    assertEquals("The teachers' union", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aViewedCandidateIsJudgedToo() {
    QuotesOf a = QuotesOf.text("Many farmers viewed Councillor Ruth Baird as the strongest voice on water rights.\n");
    Quote q = a.containing("the strongest voice");
    assertEquals("Many farmers", q.speaker().mention().text(), a::describe);
  }

  @Test
  void seeingSomethingWithoutAsIsNoView() {
    QuotesOf a = QuotesOf.text("The inspectors saw the damaged roof on Tuesday morning.\n");
    assertTrue(a.reported().isEmpty(), a::describe);
  }

  @Test
  void asSoonAsIsNoComplement() {
    QuotesOf a = QuotesOf.text("Residents will see the new buses as soon as the spring schedule starts.\n");
    assertTrue(a.reported().isEmpty(), a::describe);
  }
}
