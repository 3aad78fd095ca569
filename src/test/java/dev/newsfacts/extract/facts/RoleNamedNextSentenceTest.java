package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role opening one sentence whose holder is named, with an age, at the start of the next. */
class RoleNamedNextSentenceTest {
  @Test
  void aTitleAtAnOrganisationGoesToThePersonNamedWithAnAgeNext() {
    List<RoleFact> roles = RolesOf.article("""
        DENVER (AP) — A former payroll manager at the Front Range Water Authority was sentenced to four years in prison on Monday. Carla Voss, 47, admitted taking $1.2 million.
        """, "next.txt");
    assertTrue(RolesOf.has(roles, "Carla Voss", "former payroll manager", "Front Range Water Authority"), roles::toString);
  }

  @Test
  void aPersonNamedNextWithoutAnAgeTakesNoRole() {
    List<RoleFact> roles = RolesOf.article("""
        DENVER (AP) — A former payroll manager at the Front Range Water Authority was sentenced to four years in prison on Monday. Carla Voss said she would appeal.
        """, "next2.txt");
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Carla Voss") && r.title().contains("manager")), roles::toString);
  }
}
