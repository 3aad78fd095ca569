package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The person named between commas after a description says it, not the organisation the description ends in. */
class SetOffNameSpeakerTest {

  @Test
  void aCourtesyTitleBeforeTheSetOffNameKeepsThePersonTheSpeaker() {
    QuotesOf a = QuotesOf.text("The chief executive of Harbour Freight Ltd, Mr Daniel Okoro, said the company had sold"
        + " 4,200 containers in March.");
    assertEquals("Daniel Okoro", a.containing("had sold").speaker().name(), a::describe);
  }

  @Test
  void aDoubleBarrelledSetOffNameIsTheSpeaker() {
    QuotesOf a = QuotesOf.text("Riverside Mills' finance director, Sandra Ortiz-Velasquez, said the mill had cut 120 jobs"
        + " this year.");
    assertEquals("Sandra Ortiz-Velasquez", a.containing("had cut").speaker().name(), a::describe);
  }

  @Test
  void anOfficeOfAMinistryBeforeADoctorsNameGivesTheDoctor() {
    QuotesOf a = QuotesOf.text("The Minister of Education, Dr. Hauwa Bello-Ibrahim, said the government would open 120"
        + " new centres.");
    assertEquals("Hauwa Bello-Ibrahim", a.containing("would open").speaker().name(), a::describe);
  }

  @Test
  void aDescriptionEndingInALongOrganisationNameGivesThePersonAfterIt() {
    QuotesOf a = QuotesOf.text("The president of the Coastal Hotels and Tourist Enterprises Association, Rui Marques"
        + " Tavares, said the hotels in the region had been full for most of the summer.");
    assertEquals("Rui Marques Tavares", a.containing("had been full").speaker().name(), a::describe);
  }

  @Test
  void aNameSetOffAfterAnOrganisationsNameIsTheSpeakerNotTheOrganisation() {
    QuotesOf a = QuotesOf.text("An analyst at Lagos-based Cowrie Advisory, Mr. Tunde Bello, cautioned that the base effect"
        + " flattered the numbers.");
    assertEquals("Tunde Bello", a.containing("base effect").speaker().name(), a::describe);
  }
}
