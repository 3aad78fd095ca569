package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Titles set off before a name whose owner is a plural possessive, and offices written with a hyphen. */
class SetOffOwnerRolesTest {
  private static final String ARTICLE = """
      Harbour Builders went into administration on Monday.

      Harbour Builders' managing director, Paul Edgerton, blamed the failure on a dispute with a client.

      The agency's coastal manager for north-east Scotland, Gareth Prosser, said the bank would move inland.

      The president of the Northern Growers' Association, Peter Hallam, said members had lost their crops.

      Deputy Prosecutor-General Ethel Ndlovu asked for a sentence of 20 years.

      Alderperson Marcus Delgado voted against the project.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "owners.txt");
  }

  private static boolean has(String person, String title, String org) {
    return RolesOf.has(roles, person, title, org);
  }

  @Test
  void aPluralOwnerWithTheApostropheAloneOwnsTheTitle() {
    assertTrue(has("Paul Edgerton", "managing director", "Harbour Builders"), roles.toString());
  }

  @Test
  void aCompassWordMayComeBeforeThePlaceClosingATitle() {
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Gareth Prosser")
        && r.title().equals("coastal manager for north-east Scotland")), roles.toString());
  }

  @Test
  void aBodyWhoseNameHasAPluralPossessiveStillOwnsTheTitle() {
    assertTrue(has("Peter Hallam", "president", "Northern Growers' Association"), roles.toString());
  }

  @Test
  void aHyphenatedOfficeEndsACapitalisedTitle() {
    assertTrue(has("Ethel Ndlovu", "Deputy Prosecutor-General", null), roles.toString());
  }

  @Test
  void anAlderpersonIsATitle() {
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Marcus Delgado") && r.title().equals("Alderperson")),
        roles.toString());
  }
}
