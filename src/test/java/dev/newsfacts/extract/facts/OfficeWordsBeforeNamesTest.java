package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Officer abbreviations, "Chairperson", "Counsel" and occupations before a name are titles, not part of the name. */
class OfficeWordsBeforeNamesTest {
  private static final String ARTICLE = """
      Carrier orders 12 jets

      DENVER (AP) - A regional carrier ordered 12 jets on Monday.

      CFO Daniel Amsel said the carrier had $200 million in cash.

      Port Authority Chairperson Ramon Dizon said fees would rise.

      Crown Counsel Andrea Bailey, who led the case, said the sentence was fair.

      Educationist Ravi Shankar Mohanty said schools needed staff.

      Passenger advocate Luis Delgado urged the board to wait.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "office-words.txt");
  }

  @Test
  void anOfficersAbbreviationIsATitle() {
    assertTrue(RolesOf.has(roles, "Daniel Amsel", "CFO", null), roles.toString());
  }

  @Test
  void chairpersonAfterItsBodyIsATitle() {
    assertTrue(RolesOf.has(roles, "Ramon Dizon", "Chairperson", "Port Authority"), roles.toString());
  }

  @Test
  void crownCounselIsATitle() {
    assertTrue(RolesOf.has(roles, "Andrea Bailey", "Crown Counsel", null), roles.toString());
  }

  @Test
  void anOccupationOpeningTheSentenceIsNoPartOfTheName() {
    assertTrue(RolesOf.has(roles, "Ravi Shankar Mohanty", "Educationist", null), roles.toString());
  }

  @Test
  void anAdvocateBeforeANameIsARole() {
    assertTrue(RolesOf.has(roles, "Luis Delgado", "Passenger advocate", null), roles.toString());
  }
}
