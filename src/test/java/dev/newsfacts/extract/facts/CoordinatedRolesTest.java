package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One person holding two roles in one apposition, the second after "and", each its own role fact. */
class CoordinatedRolesTest {
  private static final String ARTICLE = """
      YORK, England — Rents in the city rose again last year, a study found.

      "Nobody saw this coming," said Alan Grey, Professor of Economics at the University of York and head of its housing unit.

      The figures were collected by Rosa Tan, the lead analyst on the survey and a lecturer at the Northgate Institute, over six months.

      "We are pleased," said Maria Lopez, president and chief executive of Maple Grocers Ltd.

      Tom Reid, Chairman and CEO of Harbour Freight Lines Inc., declined to comment.

      "We will respond," said Peter Osei, who said the council and the landlords' association would meet.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "coordinated.txt");
  }

  private static boolean has(String person, String title) {
    return roles.stream().anyMatch(r -> r.person().equals(person) && r.title().equals(title));
  }

  @Test
  void aSecondRoleWithoutAnArticleFollowsATitleOpeningTheApposition() {
    assertTrue(has("Alan Grey", "head"), roles::toString);
  }

  @Test
  void aSecondRoleBeforeAtTakesTheOrganisationNamedThere() {
    assertTrue(RolesOf.has(roles, "Rosa Tan", "lecturer", "Northgate Institute"), roles::toString);
  }

  @Test
  void twoTitlesJoinedByAndBeforeTheOrganisationAreTwoRoles() {
    assertTrue(has("Maria Lopez", "president"), roles::toString);
    assertTrue(RolesOf.has(roles, "Maria Lopez", "chief executive", "Maple Grocers Ltd."), roles::toString);
  }

  @Test
  void aSecondTitleInCapitalsEndsBeforeTheOrganisation() {
    assertTrue(has("Tom Reid", "CEO"), roles::toString);
  }

  @Test
  void aRelativeClauseNamingAnotherBodyGivesNoSecondRole() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Peter Osei")), roles::toString);
  }
}
