package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An age right after two or more plain capitalised words says they name a person. */
class AgeAppositionsTest {
  @Test
  void aNameWithAnAgeBetweenCommasIsAPersonThoughItsGivenNameIsUnlisted() {
    assertEquals(List.of("Abebe Tadesse Haile"),
        PeopleOf.names("The winner, Abebe Tadesse Haile, 29, finished a minute clear of the field."));
  }

  @Test
  void aNameWithAnAgeInBracketsIsAPerson() {
    assertEquals(List.of("Hemi Ngata"),
        PeopleOf.names("The court heard that Hemi Ngata (27) had driven the car home after the party."));
  }

  @Test
  void aNumberTooLargeForAnAgeNamesNoOne() {
    assertEquals(List.of(), PeopleOf.names("The table put Makonde Ridgeback, 450, well ahead of the other breeds."));
  }

  @Test
  void aStreetAfterAPrepositionWithAHouseNumberIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("The family lived on Mokoena Drive, 12, until the fire last winter."));
  }

  @Test
  void aNameBeforeAnAgeWithYearOldIsAPerson() {
    assertEquals(List.of("Tshepiso Mabuza"),
        PeopleOf.names("Police named the victim as Tshepiso Mabuza, a 24-year-old nursing student."));
  }
}
