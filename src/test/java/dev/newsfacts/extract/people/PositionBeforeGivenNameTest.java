package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A capitalised position or occupation before a listed given name and a surname is no part of the name. */
class PositionBeforeGivenNameTest {
  @Test
  void aPositionOpeningTheSentenceIsNoPartOfTheName() {
    assertEquals(List.of("Jayden Kerr"), PeopleOf.names("Utility Jayden Kerr scored twice in the second half."));
  }

  @Test
  void aCapitalisedPositionInsideTheSentenceIsNoPartOfTheName() {
    assertEquals(List.of("Liam Moss"), PeopleOf.names("The Sharks recalled Winger Liam Moss for the final."));
  }

  @Test
  void aPositionBeforeEachOfTwoPlayersIsLeftOff() {
    assertEquals(List.of("Aaron Blake", "Marcus Webb"),
        PeopleOf.names("Forward Aaron Blake and Striker Marcus Webb both scored on Saturday."));
  }

  @Test
  void aSurnameThatIsAlsoAPositionStaysBeforeAGivenName() {
    assertEquals(List.of("Rachel Hooker"), PeopleOf.names("The committee heard from Rachel Hooker on Monday."));
  }
}
