package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hyphened offices, honorifics after an office, possessive and acronym titles set off, "who leads". */
class TitleWordingRolesTest {
  private static final String ARTICLE = """
      Northern university to cut 200 jobs

      A northern university will cut 200 jobs, Vice-Chancellor Professor Mark Ellery said on Monday.

      Councillor Rita Banerjee, who leads Leeds City Council, said the cuts would hurt the city.

      Bradford's cabinet member for children's services, Owen Tapley, said schools were worried.

      Ekurhuleni's MMC for water and sanitation, Lindiwe Dube, said repairs had begun.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "wording.txt");
  }

  @Test
  void aHyphenedOfficeKeepsItsFirstHalfAndDropsTheHonorificAfterIt() {
    assertTrue(RolesOf.has(roles, "Mark Ellery", "Vice-Chancellor", null), roles.toString());
  }

  @Test
  void whoLeadsAnOrganisationMakesItsLeader() {
    assertTrue(RolesOf.has(roles, "Rita Banerjee", "leader", "Leeds City Council"), roles.toString());
  }

  @Test
  void aPossessiveInsideASetOffTitleStaysInIt() {
    assertTrue(RolesOf.has(roles, "Owen Tapley", "cabinet member for children's services", "Bradford"), roles.toString());
  }

  @Test
  void anOfficesAcronymMayOpenASetOffTitle() {
    assertTrue(RolesOf.has(roles, "Lindiwe Dube", "MMC for water and sanitation", "Ekurhuleni"), roles.toString());
  }

  @Test
  void anHonorificAfterAnOfficeIsDropped() {
    assertEquals("Chief Executive", HonorificAfterTitle.strip("Chief Executive Dr"));
    assertEquals("Vice-Chancellor", HonorificAfterTitle.strip("Vice-Chancellor Prof."));
  }

  @Test
  void aLoneHonorificIsLeftAsItIs() {
    assertEquals("Professor", HonorificAfterTitle.strip("Professor"));
  }

  @Test
  void onlyACapitalisedHyphenedHalfOpensTheTitle() {
    String text = "the then-President";
    assertEquals(text.indexOf("President"), HyphenedTitleOpening.start(text, text.indexOf("President")));
    String office = "said Vice-Chancellor";
    assertEquals(office.indexOf("Vice"), HyphenedTitleOpening.start(office, office.indexOf("Chancellor")));
  }
}
