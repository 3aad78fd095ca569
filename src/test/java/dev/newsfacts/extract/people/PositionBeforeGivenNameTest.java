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

  @Test
  void aTenantDescribedBeforeHerNameIsNoPartOfIt() {
    assertEquals(List.of("Laura Kemp"), PeopleOf.names("Tenant Laura Kemp, 51, has lived in the building since 1998."));
  }

  @Test
  void aCommuterDescribedBeforeHisNameIsNoPartOfIt() {
    assertEquals(List.of("David Osei"), PeopleOf.names("Commuter David Osei said the late trains cost him an hour a day."));
  }

  @Test
  void aVolunteerDescribedBeforeHerNameIsNoPartOfIt() {
    assertEquals(List.of("Emily Tran"), PeopleOf.names("Volunteer Emily Tran handed out sandwiches at the shelter."));
  }
}
