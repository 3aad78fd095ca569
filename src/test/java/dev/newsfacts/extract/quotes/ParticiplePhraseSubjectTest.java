package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A noun with a past participle and its prepositional phrase after it is the source, not the noun in the phrase. */
class ParticiplePhraseSubjectTest {
  @Test
  void aReportPresentedToCouncillorsIsTheSourceNotTheCouncillors() {
    QuotesOf a = QuotesOf.text("A consultant's report presented to councillors warned that the arena roof needs repairs.");
    assertEquals("A consultant's report presented to councillors", a.containing("arena roof").speaker().mention().text(),
        a::describe);
  }

  @Test
  void familiesDisplacedByTheFireAreTheSourceNotTheFire() {
    QuotesOf a = QuotesOf.text("Families displaced by the fire said that they had nowhere else to go.");
    assertEquals("Families displaced by the fire", a.containing("nowhere else").speaker().mention().text(), a::describe);
  }

  @Test
  void residentsEvacuatedFromTheValleyAreTheSourceNotTheValley() {
    QuotesOf a = QuotesOf.text("Residents evacuated from the valley said that the water rose within minutes.");
    assertEquals("Residents evacuated from the valley", a.containing("water rose").speaker().mention().text(),
        a::describe);
  }
}
