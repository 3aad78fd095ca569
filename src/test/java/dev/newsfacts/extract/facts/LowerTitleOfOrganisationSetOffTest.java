package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lower-case title of a named organisation set off before the name: "The head of the X, Ruth Diaz,". */
class LowerTitleOfOrganisationSetOffTest {
  private static final String ARTICLE = """
      Builders warn over permit delays

      The head of the Lakeshore Builders Association, Ruth Diaz, said permits were slow.

      The mother of the two boys, Ann Jones, said they had been frightened.

      The director of Northbridge University's burns unit, Professor Alan Whitcombe, said beds were full.

      The chairman of the Onitsha Traders Union, Chief Emeka Obi, said stalls would reopen on Monday.

      Hoteliers were cautious too, the president of the Coastal Hotels and Guest Houses Federation (CHGF), Rita Mensah, said.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "setoff.txt");
  }

  private static boolean has(String person, String title, String org) {
    return RolesOf.has(roles, person, title, org);
  }

  @Test
  void theHeadOfAnOrganisationSetOffBeforeTheNameIsARole() {
    assertTrue(has("Ruth Diaz", "head", "Lakeshore Builders Association"), roles.toString());
  }

  @Test
  void theHeadOfAUnitTheOrganisationOwnsIsARoleAtTheOrganisation() {
    assertTrue(has("Alan Whitcombe", "director", "Northbridge University"), roles.toString());
  }

  @Test
  void anAcronymInBracketsAfterTheOrganisationKeepsTheRole() {
    assertTrue(has("Rita Mensah", "president", "Coastal Hotels and Guest Houses Federation"), roles.toString());
  }

  @Test
  void aCourtesyTitleBetweenTheCommaAndTheNameKeepsTheRole() {
    assertTrue(has("Emeka Obi", "chairman", "Onitsha Traders Union"), roles.toString());
  }

  @Test
  void aFamilyNounSetOffBeforeTheNameIsNoRole() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Ann Jones")), roles.toString());
  }
}
