package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles a linking verb states after the name: "is the director of", "who was appointed Y's finance director". */
class StatedRoleTest {
  private static final String ARTICLE = """
      Council backs new housing plan

      Alan Grant is the director of the Metro Planning Office. He said the plan was sound.

      Nina Patel, who was appointed Brightline Homes' finance director in 2021, said margins were thin.

      Greg Tanaka, who is the chief economist at Zillow, said prices would fall.

      Rosa Klein was a witness at the hearing, the court heard.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "stated.txt");
  }

  private static boolean has(String person, String title, String org) {
    return RolesOf.has(roles, person, title, org);
  }

  @Test
  void isTheDirectorOfAnOrganisationIsARole() {
    assertTrue(has("Alan Grant", "director", "Metro Planning Office"), roles.toString());
  }

  @Test
  void whoWasAppointedAnOwnersTitleKeepsTheOwner() {
    assertTrue(has("Nina Patel", "finance director", "Brightline Homes"), roles.toString());
  }

  @Test
  void whoIsTheTitleAtAnOrganisationIsARole() {
    assertTrue(has("Greg Tanaka", "chief economist", "Zillow"), roles.toString());
  }

  @Test
  void aNounThatIsNoRoleAfterWasGivesNoRole() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Rosa Klein")), roles.toString());
  }
}
