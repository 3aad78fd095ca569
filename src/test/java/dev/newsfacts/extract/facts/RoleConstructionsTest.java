package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles from an office abbreviation, a title set off before the name, and "who heads". */
class RoleConstructionsTest {
  private static final String ARTICLE = """
      Democratic Sen. Mary Holt holds a narrow lead, a new poll showed on Thursday.

      Gulfline's chief executive, Daniel Okafor, told reporters the company would pay.

      Reform UK's Scottish chairman, Gordon Baird, said the party was ready.

      "Every day counts," said Tomas Lindqvist, who heads Greenpeace's oceans campaign.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "roles.txt");
  }

  private static boolean has(String person, String title, String org) {
    return RolesOf.has(roles, person, title, org);
  }

  @Test
  void anOfficeAbbreviationBeforeTheNameIsTheOffice() {
    assertTrue(has("Mary Holt", "Senator", null), roles.toString());
  }

  @Test
  void aTitleSetOffBeforeTheNameKeepsItsOrganisation() {
    assertTrue(has("Daniel Okafor", "chief executive", "Gulfline"), roles.toString());
  }

  @Test
  void aPlaceAdjectiveMayOpenATitleSetOffBeforeTheName() {
    assertTrue(has("Gordon Baird", "Scottish chairman", "Reform UK"), roles.toString());
  }

  @Test
  void whoHeadsMakesThePersonHeadOfTheOrganisation() {
    assertTrue(has("Tomas Lindqvist", "head", "Greenpeace"), roles.toString());
  }
}
