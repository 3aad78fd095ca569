package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The owner of a title before a name when no entity names it: "Northwind Energy's chief executive Laura Finch". */
class UnlinkedOwnerBeforeTitleTest {
  private static final String ARTICLE = """
      Builders report strong sales

      Northwind Energy's chief executive Laura Finch said the company would build 400 homes.

      Biden's spokeswoman Karine Pierce said the president was resting.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "owner.txt");
  }

  private static boolean has(String person, String title, String org) {
    return RolesOf.has(roles, person, title, org);
  }

  @Test
  void anOwnerNoEntityNamesIsTheOrganisationAsWritten() {
    assertTrue(has("Laura Finch", "chief executive", "Northwind Energy"), roles.toString());
  }

  @Test
  void aSingleSurnameOwningTheTitleIsNoOrganisation() {
    assertFalse(roles.stream().anyMatch(r -> "Biden".equals(r.organization())), roles.toString());
  }
}
