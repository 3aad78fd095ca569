package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A title set off before a name keeps its role past a pilgrim's honorific, and "chairperson" is a role. */
class SetOffTitleHonorificsTest {
  private static final String ARTICLE = """
      KAMPALA, Uganda — Traders protested outside the market on Monday.

      The traders' association said it would appeal. The association's chairperson, Hajji Ali Ssempa, said the market must reopen.

      The union's secretary, Alhaji Sani Bello, agreed.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "honorifics.txt");
  }

  private static boolean has(String title) {
    return roles.stream().anyMatch(r -> r.title().equals(title));
  }

  @Test
  void chairpersonSetOffBeforeTheNameIsARole() {
    assertTrue(has("chairperson"), roles::toString);
  }

  @Test
  void alhajiBetweenTheCommaAndTheNameKeepsTheRole() {
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Sani Bello") && r.title().equals("secretary")), roles::toString);
  }
}
