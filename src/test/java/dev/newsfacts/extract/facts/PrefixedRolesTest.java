package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role noun with "co-", "vice-" or "ex-" joined to it is still a role. */
class PrefixedRolesTest {
  @Test
  void aPrefixAndItsHyphenLeaveTheRoleNoun() {
    assertEquals("chair", PrefixedRoles.noun("co-chair"));
    assertEquals("President", PrefixedRoles.noun("Vice-President"));
  }

  @Test
  void aHyphenatedWordWithoutARolePrefixStaysWhole() {
    assertEquals("well-known", PrefixedRoles.noun("well-known"));
  }

  @Test
  void anAppositionWithAPrefixedRoleGivesTheRole() {
    List<RoleFact> roles = RolesOf.article("""
        Hannah Sterling, co-founder of the tenants' group Fair Rent Now, said the rules came too late.
        """, "prefixed.txt");
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Hannah Sterling") && r.title().startsWith("co-founder")),
        roles.toString());
  }
}
