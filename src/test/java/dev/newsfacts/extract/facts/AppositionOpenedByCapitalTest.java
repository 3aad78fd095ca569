package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An apposition whose role noun follows a party, a people, a place or a body written in capitals is a role; a
 * description of a resident or a list of names is none.
 */
class AppositionOpenedByCapitalTest {
  private static final String ARTICLE = """
      WASHINGTON — Lawmakers traded blame on Monday over a stalled spending bill.

      "This is a crisis of their own making," said Dale Pruitt, a Republican strategist who advised two campaigns.

      Joan Ferris, the Ohio senator, said she would vote against a short-term bill.

      Nadia Osei, a Canadian economist at the University of Toronto, said markets were calm.

      Colin Ashby, the former U.S. Army psychiatrist, told the committee he had warned officials.

      Fiona Lyle, a former Conservative MP, said the row had damaged trust.

      Marta Quinn, a Detroit resident, said her benefits were late.

      Donors included Grant Bishop, Scott Farmer and Ellen Marsh.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "capital-appositions.txt");
  }

  @Test
  void partyAdjectiveBeforeTheRoleNounIsPartOfTheTitle() {
    assertTrue(RolesOf.has(roles, "Dale Pruitt", "Republican strategist", null), roles::toString);
  }

  @Test
  void stateBeforeTheRoleNounOwnsTheTitle() {
    assertTrue(RolesOf.has(roles, "Joan Ferris", "Ohio senator", "Ohio"), roles::toString);
  }

  @Test
  void organisationAfterAtOwnsTheTitle() {
    assertTrue(RolesOf.has(roles, "Nadia Osei", "Canadian economist", "University of Toronto"), roles::toString);
  }

  @Test
  void abbreviationWithStopsStaysInsideThePhrase() {
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Colin Ashby") && r.title().equals("former U.S. Army psychiatrist")),
        roles::toString);
  }

  @Test
  void roleWordInCapitalsEndsThePhrase() {
    assertTrue(RolesOf.has(roles, "Fiona Lyle", "former Conservative MP", null), roles::toString);
  }

  @Test
  void residentIsNoRole() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Marta Quinn")), roles::toString);
  }

  @Test
  void nameInAListIsNoTitleOfTheNameBefore() {
    assertFalse(roles.stream().anyMatch(r -> r.title().contains("Farmer") || r.title().contains("Bishop")), roles::toString);
  }
}
