package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A title with a lower-case portfolio after "for", right before the name. */
class PortfolioTitleBeforeTest {
  private static final String ARTICLE = """
      Council pothole backlog grows

      Cabinet member for highways and transport Joanne Fairley said repairs would speed up.

      The plan was backed by shadow minister for children's services Ann Leigh and opposed by others.

      People voted for the plan Helen Marsh said on Monday.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "portfolio.txt");
  }

  @Test
  void aCabinetMembersPortfolioWithAndIsPartOfTheTitle() {
    assertTrue(RolesOf.has(roles, "Joanne Fairley", "Cabinet member for highways and transport", null), roles.toString());
  }

  @Test
  void anOpenerInLowerCaseAndAPossessiveInThePortfolioAreKept() {
    assertTrue(RolesOf.has(roles, "Ann Leigh", "shadow minister for children's services", null), roles.toString());
  }

  @Test
  void aVerbBeforeForIsNoTitle() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Helen Marsh")), roles.toString());
  }
}
