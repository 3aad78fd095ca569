package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles from an apposition whose role noun comes after other words, and from a title opening a sentence. */
class AppositionRolesTest {
  private static final String ARTICLE = """
      Ana Reyes, the police chief, said the city would hire more officers next year.

      "Families are spending more on rent," said Dana Ruiz, a housing analyst at the Urban Institute.

      Superintendent Marisol Vega said the pilot would save money. Sara Lind, a mother of three, disagreed.

      "Prices will keep rising," said Omar Haddad, Brightline Energy's vice president of trading.

      "We lost everything again," said Lucia Ferri, a shopkeeper in the old town.
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
  void anAppositionAtTheArticlesStartGivesTheRole() {
    assertTrue(has("Ana Reyes", "police chief", null), roles.toString());
  }

  @Test
  void theRoleNounAfterOtherWordsAndTheOrganisationAfterAtAreTheRole() {
    assertTrue(has("Dana Ruiz", "housing analyst", "Urban Institute"), roles.toString());
  }

  @Test
  void aShopkeeperInAPlaceIsARoleWithoutAnOrganisation() {
    assertTrue(has("Lucia Ferri", "shopkeeper", null), roles.toString());
  }

  @Test
  void aSuperintendentBeforeTheNameIsATitle() {
    assertTrue(has("Marisol Vega", "Superintendent", null), roles.toString());
  }

  @Test
  void aFamilyWordInAnAppositionIsNoRole() {
    assertTrue(roles.stream().noneMatch(r -> r.person().equals("Sara Lind")), roles.toString());
  }

  @Test
  void anOwnerOfTwoWordsOpeningTheAppositionOwnsTheTitle() {
    assertTrue(has("Omar Haddad", "vice president of trading", "Brightline Energy"), roles.toString());
  }
}
