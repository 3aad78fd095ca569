package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A speaker named by an organisation keeps the title words of its name ("the Justice Department"). */
class OrganisationSpeakerNameTest {

  private static String nameOf(String text, String words) {
    return QuotesOf.text(text).containing(words).speaker().name();
  }

  @Test
  void aDepartmentNamedForItsPortfolioKeepsThePortfolio() {
    assertEquals("Justice Department",
        nameOf("The Justice Department said the inquiry into the contract was closed.", "the inquiry into"));
  }

  @Test
  void theStateDepartmentIsNotJustADepartment() {
    assertEquals("State Department",
        nameOf("The State Department said the embassy in Lima would stay open.", "the embassy in Lima"));
  }

  @Test
  void aTitleBeforeAPersonStaysOutOfTheName() {
    assertEquals("Mary Holt", nameOf("Senator Mary Holt said the bill would pass next week.", "the bill would pass"));
  }
}
