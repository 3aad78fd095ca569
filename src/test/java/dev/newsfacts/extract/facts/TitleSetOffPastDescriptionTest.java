package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A title set off by a comma before a lower-case description of the person, and one owned by "whose". */
class TitleSetOffPastDescriptionTest {
  private static final String ARTICLE = """
      PERTH, Australia — A residents' group lost its challenge to the rail depot on Monday.

      The Maylands Residents Alliance said it would appeal. Its treasurer, retired engineer Colin Tay, said the ruling was unfair.

      The charity's director, the former nurse Ada Quist, said families were struggling.

      The Perth Chamber of Commerce, whose chief executive, Lina Roth, backed the depot, welcomed the decision.

      Its owners, and Paul Venn, said nothing.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "described.txt");
  }

  private static boolean has(String person, String title) {
    return roles.stream().anyMatch(r -> r.person().equals(person) && r.title().equals(title));
  }

  @Test
  void theTitleBeforeADescriptionWithoutAnArticleIsARole() {
    assertTrue(RolesOf.has(roles, "Colin Tay", "treasurer", "Maylands Residents Alliance"), roles::toString);
  }

  @Test
  void theTitleBeforeADescriptionWithAnArticleIsARole() {
    assertTrue(has("Ada Quist", "director"), roles::toString);
  }

  @Test
  void theDescriptionStaysARoleOfItsOwn() {
    assertTrue(has("Colin Tay", "retired engineer"), roles::toString);
  }

  @Test
  void whoseOwnsTheTitleForTheOrganisationNamedBefore() {
    assertTrue(RolesOf.has(roles, "Lina Roth", "chief executive", "Perth Chamber of Commerce"), roles::toString);
  }

  @Test
  void aWordThatIsNoRoleNounIsNoDescription() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Paul Venn")), roles::toString);
  }
}
