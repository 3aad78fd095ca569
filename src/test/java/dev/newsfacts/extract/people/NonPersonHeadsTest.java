package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A word that ends a competition's, a body's or a product's name keeps a run with a given name from being a person. */
class NonPersonHeadsTest {
  @Test
  void aCompetitionOpenedByAGivenNameIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("Tasmania moved second on the Marlow Shield table after the win."));
  }

  @Test
  void aSocietyWhoseLastWordIsUsedAloneIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("The Harwick Angling Society Dunmore said numbers fell.\n\nDunmore lies north."));
  }

  @Test
  void aPersonWithTheSameGivenNameStaysAPerson() {
    assertEquals(List.of("Marlow Keene"), PeopleOf.names("Marlow Keene scored 112 as Tasmania won."));
  }
}
