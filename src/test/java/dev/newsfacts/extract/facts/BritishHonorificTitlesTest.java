package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** British copy drops the stop of abbreviated titles: "Prof Gregor Munro" is a professor, named without the title. */
class BritishHonorificTitlesTest {
  private static List<RoleFact> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-09-22"), RoleFact.class);
  }

  @Test
  void profWithoutAStopIsAProfessor() {
    List<RoleFact> roles = roles("Prof Gregor Munro, of the University of Glasgow, said poverty was a key factor.");
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Gregor Munro") && r.title().equals("Professor")),
        roles.toString());
  }
}
