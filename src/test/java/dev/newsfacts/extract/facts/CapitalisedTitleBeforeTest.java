package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A capitalised office of several words run into a name is that person's role. */
class CapitalisedTitleBeforeTest {
  private static List<RoleFact> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-06-10"), RoleFact.class);
  }

  @Test
  void aPortfolioAndTitleWordAfterAnOrganisationAreTheRole() {
    List<RoleFact> r = roles("The drought has cut harvests across southern Europe. "
        + "EU Agriculture Commissioner Christophe Hansen told lawmakers in Strasbourg that aid would follow.");
    assertTrue(r.stream().anyMatch(f -> f.person().equals("Christophe Hansen") && f.title().contains("Commissioner")),
        r.toString());
  }

  @Test
  void aSentenceOpenerBeforeANameIsNoRole() {
    assertEquals(List.of(), roles("When Christophe Hansen arrived in Strasbourg, farmers were waiting outside."));
  }

  @Test
  void aBodyNamedWithOfBeforeTheTitleOwnsIt() {
    List<RoleFact> r = roles("Board of Education President Luis Ortega said the district would appeal the grade.");
    assertTrue(r.stream().anyMatch(f -> f.person().equals("Luis Ortega") && f.title().equals("President")
        && "Board of Education".equals(f.organization())), r.toString());
  }
}
