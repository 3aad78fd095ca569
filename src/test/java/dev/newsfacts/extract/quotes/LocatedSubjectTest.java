package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A subject placed by a preposition ("Police in Ohio said") is the noun before the preposition, place and all. */
class LocatedSubjectTest {

  private static String sourceOf(String text, String words) {
    return QuotesOf.text(text).containing(words).speaker().mention().text();
  }

  @Test
  void policeInAStateAreTheSourceNotTheState() {
    assertEquals("Police in Ohio", sourceOf("Police in Ohio said the man was armed.", "the man was armed"));
  }

  @Test
  void residentsNearAPlantAreTheSourceNotThePlant() {
    assertEquals("Residents near the plant",
        sourceOf("Residents near the plant said the water smelled of gas.", "the water smelled"));
  }

  @Test
  void votersAcrossAStateAreTheSource() {
    assertEquals("Voters across the state",
        sourceOf("Voters across the state say the economy is their top concern.", "the economy is"));
  }

  @Test
  void aParticipleTakesTheLocatedSubjectOfItsClause() {
    assertEquals("Republicans on Capitol Hill",
        sourceOf("Republicans on Capitol Hill seized on the message, arguing that it showed intent.", "it showed intent"));
  }

  @Test
  void aFrontedPlaceBeforeACommaIsNotPartOfTheSource() {
    assertEquals("officials", sourceOf("In Ohio, officials said the plant would close.", "the plant would close"));
  }

  @Test
  void aNameRightBeforeTheCueStaysTheSource() {
    assertEquals("Lee", sourceOf("After the meeting in Geneva, Lee said the deal was close.", "the deal was close"));
  }

  @Test
  void criticsOverAPeriodAreTheSourceNotThePeriod() {
    assertEquals("Critics in recent years",
        sourceOf("Critics in recent years have said the law is too weak.", "the law is too weak"));
  }

  @Test
  void aPlacedSubjectBeforeAnAppositiveIsTheSource() {
    assertEquals("Six newspapers in New Jersey",
        sourceOf("Six newspapers in New Jersey, including the Press, said the governor should resign.", "should resign"));
  }

  @Test
  void aNameBeforeADescriptionWithPlacesStaysTheSource() {
    String text = "Ana Ruiz, director for Peru at the Institute on Andean Affairs, a research group, said the law was weak.";
    assertEquals("Ana Ruiz", sourceOf(text, "the law was weak"));
  }

  private static String nameOf(String text, String words) {
    return QuotesOf.text(text).containing(words).speaker().name();
  }

  @Test
  void anOrganisationInACityIsNamedNotTheCity() {
    assertEquals("World Food Programme",
        nameOf("The World Food Programme in Rome said supplies were running low.", "supplies were running low"));
  }

  @Test
  void thePlaceOfAPlacedSubjectIsNotItsName() {
    assertEquals("Oxfam", nameOf("Oxfam in Kenya said the man was armed.", "the man was armed"));
  }
}
