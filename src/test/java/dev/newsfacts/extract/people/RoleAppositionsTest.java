package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name set off by commas after a role names the person holding it. */
class RoleAppositionsTest {
  @Test
  void aNameInAppositionToARoleIsAPersonThoughItsGivenNameIsUnlisted() {
    assertEquals(List.of("Piet Coetzee"),
        PeopleOf.names("Its chief executive, Piet Coetzee, warned that further increases would close smelters."));
  }

  @Test
  void aPlaceInAppositionIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("The firm's new office, Cape Town, opened in June, its spokesman said."));
  }

  @Test
  void aNameWithoutARoleBeforeItIsLeftAlone() {
    assertEquals(List.of(), PeopleOf.names("In the end, Bokoro Tatu, the new line, opened on time."));
  }
}
