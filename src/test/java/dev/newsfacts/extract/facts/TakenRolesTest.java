package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role the person takes on later in the clause: "took charge of training as caretaker manager". */
class TakenRolesTest {
  private static List<RoleFact> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-01-06"), RoleFact.class);
  }

  @Test
  void aRoleTakenOnAfterAsIsTheSubjectsRole() {
    List<RoleFact> roles = roles("Paul Quinn, the club's under-21 coach, took charge of training as caretaker manager.");
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Paul Quinn") && r.title().equals("caretaker manager")),
        roles.toString());
  }

  @Test
  void theOrganisationAfterOfIsTheRolesOrganisation() {
    List<RoleFact> roles = roles("Dana Whitfield served as director of the Harbor Policy Institute until 2019.");
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Dana Whitfield") && r.title().equals("director")
        && "Harbor Policy Institute".equals(r.organization())), roles.toString());
  }

  @Test
  void aRoleAfterACoordinatedVerbIsNotTheFirstSubjects() {
    List<RoleFact> roles = roles("He praised Mark Ellison and later retired from the navy as a rear admiral.");
    assertFalse(roles.stream().anyMatch(r -> r.title().contains("admiral")), roles.toString());
  }
}
