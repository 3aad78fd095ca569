package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lower-case title run into the name after an organisation's name: "Brightline Homes spokesman Greg Hall". */
class OrganisationTitleBeforeTest {
  private static final String ARTICLE = """
      Builders report strong sales

      Brightline Homes spokesman Greg Hall said sales were strong.

      Former spokesman Carl Dunne said nothing had changed.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "orgtitle.txt");
  }

  private static boolean has(String person, String title, String org) {
    return RolesOf.has(roles, person, title, org);
  }

  @Test
  void anOrganisationNoEntityNamesBeforeATitleIsTheOrganisation() {
    assertTrue(has("Greg Hall", "spokesman", "Brightline Homes"), roles.toString());
  }

  @Test
  void aCapitalisedModifierOpeningTheSentenceIsNoOrganisation() {
    assertFalse(roles.stream().anyMatch(r -> "Former".equals(r.organization())), roles.toString());
  }
}
