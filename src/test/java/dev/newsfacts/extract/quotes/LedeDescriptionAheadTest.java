package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A lede that quotes someone by role names them when the next paragraphs introduce a person with that role. */
class LedeDescriptionAheadTest {
  @Test
  void theChiefExecutiveInTheLedeIsTheChiefExecutiveNamedNext() {
    QuotesOf a = QuotesOf.text("""
        Bakery chain posts record sales

        Customers are buying more bread than ever, the chief executive of the country's largest bakery chain said Monday.

        Chief executive Laura Brennan said the company would open 20 stores next year.
        """);
    assertEquals("Laura Brennan", a.containing("buying more bread").speaker().name(), a::describe);
  }

  @Test
  void theSpokespersonInTheLedeIsTheSpokespersonNamedNext() {
    QuotesOf a = QuotesOf.text("""
        Airport delays ease after storm

        Most flights will leave on time by Friday, a spokesperson for the airport authority said Wednesday.

        Spokesperson Michael Dunmore said crews had cleared both runways overnight.
        """);
    assertEquals("Michael Dunmore", a.containing("leave on time").speaker().name(), a::describe);
  }

  @Test
  void aPersonNamedNextWithAnotherRoleIsNotTheLedesSource() {
    QuotesOf a = QuotesOf.text("""
        Bakery chain posts record sales

        Customers are buying more bread than ever, the chief executive of the country's largest bakery chain said Monday.

        Analyst Peter Voss said the gains may not last.
        """);
    assertNull(a.containing("buying more bread").speaker().name(), a::describe);
  }
}
