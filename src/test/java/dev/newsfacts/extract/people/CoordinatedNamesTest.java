package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name listed with a person's full name is a person's too, though its given name is on no list. */
class CoordinatedNamesTest {
  @Test
  void aNameJoinedByAndToAPersonIsAPerson() {
    assertEquals(List.of("Tevita Kulu", "Sione Havili"),
        PeopleOf.names("Tries from Tevita Kulu and Sione Havili sealed the win.\n\nKulu scored twice after the break."));
  }

  @Test
  void namesListedAfterAPluralOccupationArePeople() {
    assertEquals(List.of("Pranjul Bhandari", "Aayushi Chaudhary"),
        PeopleOf.names("The report was written by economists Pranjul Bhandari and Aayushi Chaudhary."));
  }

  @Test
  void theSurnameAloneOfAListedNameJoinsIt() {
    List<String> names = PeopleOf.names("Tries from Tevita Kulu and Sione Havili sealed the win.\n\n"
        + "Kulu scored twice and Havili once.");
    assertEquals(List.of("Tevita Kulu", "Sione Havili"), names);
  }

  @Test
  void aPlaceListedWithAPersonIsNoPerson() {
    assertEquals(List.of("Tevita Kulu"),
        PeopleOf.names("Tevita Kulu and New Zealand agreed terms.\n\nKulu signed for two years."));
  }

  @Test
  void aNameNextToNoPersonIsLeftAlone() {
    assertEquals(List.of(), PeopleOf.names("Goals from Tupaq Mayta and Quilla Sonqo gave the hosts the lead."));
  }

  @Test
  void aNameEndingInAPlacesWordListedWithAPersonIsNoPerson() {
    assertEquals(List.of("Tevita Kulu"),
        PeopleOf.names("Tevita Kulu and Quillabamba Hills were the winners.\n\nKulu signed for two years."));
  }
}
