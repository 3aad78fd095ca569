package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** The object of a relative clause before a cue is not the source; the phrase the clause hangs from is. */
class RelativeClauseObjectTest {
  @Test
  void anOfficialWhoSpokeAboutStrategyIsTheSource() {
    QuotesOf a = QuotesOf.text("A city hall official who spoke anonymously to discuss internal strategy said Wednesday, "
        + "\"Certainly there are talks between the mayor and the union.\"\n");
    Quote q = a.marked("Certainly there are talks");
    assertEquals("A city hall official", q.speaker().mention().text(), a::describe);
  }

  @Test
  void residentsWhoAttendedTheMeetingAreTheSource() {
    QuotesOf a = QuotesOf.text("Residents who attended the meeting said that the new bus route would cut their commute in half.\n");
    Quote q = a.containing("the new bus route would cut");
    assertEquals("Residents", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aPlainSubjectStaysTheSource() {
    QuotesOf a = QuotesOf.text("The union leader said that the strike would end on Friday.\n");
    Quote q = a.containing("the strike would end");
    assertEquals("The union leader", q.speaker().mention().text(), a::describe);
  }
}
