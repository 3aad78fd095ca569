package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A passive verb of speech with its agent after "by": the agent speaks about the passive subject. */
class PassiveReportAgentTest {
  @Test
  void thePassiveSubjectIsWhatTheAgentSpokeAbout() {
    QuotesOf a = QuotesOf.text("The rate increase was sharply criticized by consumer groups and two former regulators.");
    Quote q = a.containing("The rate increase");
    assertEquals("The rate increase", q.text(), a::describe);
    assertEquals(ReportedSpeech.PASSIVE_AGENT, q.speaker().rule(), a::describe);
  }

  @Test
  void theAgentIsTheNounPhraseAfterBy() {
    QuotesOf a = QuotesOf.text("The closure of the mill was first reported by the Gazette on Tuesday.");
    assertEquals("the Gazette", a.containing("The closure of the mill").speaker().mention().text(), a::describe);
  }

  @Test
  void aPerfectPassiveKeepsItsSubjectApartFromTheAuxiliaries() {
    QuotesOf a = QuotesOf.text("The new transit budget has been praised by mayors across the province.");
    assertEquals("The new transit budget", a.containing("transit budget").text(), a::describe);
  }

  @Test
  void aStanceVerbWithATimeAfterByReportsNothing() {
    QuotesOf a = QuotesOf.text("A ruling on the appeal is expected by the end of March.");
    assertTrue(a.reported().isEmpty(), a::describe);
  }
}
