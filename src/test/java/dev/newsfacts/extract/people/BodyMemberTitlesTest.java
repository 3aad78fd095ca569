package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body's word and "Member" before a name make its two-word title. */
class BodyMemberTitlesTest {
  @Test
  void aCouncilMemberBeforeANameIsItsTitle() {
    assertEquals(List.of("Dennis Okafor"),
        PeopleOf.names("Council Member Dennis Okafor, who voted against the plan, said families would pay more."));
  }

  @Test
  void aBoardMemberBeforeANameIsItsTitle() {
    assertEquals(List.of("Ana Ruiz"), PeopleOf.names("Board Member Ana Ruiz said the district could not afford it."));
  }

  @Test
  void memberStatesNameNoOne() {
    assertEquals(List.of(), PeopleOf.names("The EU Member States said the rules would change next year."));
  }
}
