package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** "Council member X": a body's name and "member" before a name. */
class MemberTitlesTest {
  private static List<RoleFact> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2025-04-16"), RoleFact.class);
  }

  private static boolean has(List<RoleFact> roles, String person, String title, String org) {
    return roles.stream().anyMatch(r -> r.person().equals(person) && r.title().equals(title)
        && Objects.equals(org, r.organization()));
  }

  @Test
  void councilMemberBeforeANameIsTheRoleOfTheCouncilTheArticleNames() {
    List<RoleFact> roles = roles("The Harbor City Council voted 5-4 on Tuesday to close the pier. "
        + "Council member Rosa Delgado said the vote was rushed.");
    assertTrue(has(roles, "Rosa Delgado", "Council member", "Harbor City Council"), roles.toString());
  }

  @Test
  void aBodyNoOtherNameGivesIsTheOrganisationItself() {
    List<RoleFact> roles = roles("School Board member Victor Lang opposed the new bus routes on Monday.");
    assertTrue(has(roles, "Victor Lang", "School Board member", "School Board"), roles.toString());
  }

  @Test
  void aWordThatNamesNoBodyBeforeMemberIsNoRole() {
    List<RoleFact> roles = roles("A longtime Rotary Club friend and fellow Sunday member Paul Avery spoke at the service.");
    assertTrue(roles.stream().noneMatch(r -> r.title().endsWith("member")), roles.toString());
  }
}
