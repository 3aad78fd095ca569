package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offices joined by "and" before one name, and portfolios of two parts. */
class TitlesJoinedByAndTest {
  private static final String ARTICLE = """
      Carrier orders 12 jets

      DENVER (AP) - A regional carrier ordered 12 jets on Monday.

      President and CEO Maria Lindgren said the order was overdue.

      The company's chairman and chief executive Tom Reed welcomed it.

      He met the senator and Governor Tim Walz on Friday.

      Minister for Trade and Civil Aviation Josefa Tuilagi said the figures were strong.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "joined.txt");
  }

  @Test
  void twoCapitalisedOfficesJoinedByAndAreOneTitle() {
    assertTrue(RolesOf.has(roles, "Maria Lindgren", "President and CEO", null), roles.toString());
  }

  @Test
  void twoLowerCaseOfficesJoinedByAndAreOneTitle() {
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Tom Reed") && r.title().equals("chairman and chief executive")),
        roles.toString());
  }

  @Test
  void anOfficeInAnotherCaseBeforeAndIsSomeoneElses() {
    assertTrue(RolesOf.has(roles, "Tim Walz", "Governor", null), roles.toString());
  }

  @Test
  void aSecondPortfolioAfterAndStaysInTheTitle() {
    assertTrue(RolesOf.has(roles, "Josefa Tuilagi", "Minister for Trade and Civil Aviation", null), roles.toString());
  }
}
