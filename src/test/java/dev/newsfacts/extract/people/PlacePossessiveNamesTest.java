package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain capitalised words after a country's possessive name a person where no noun follows them. */
class PlacePossessiveNamesTest {
  @Test
  void aNameAfterACountrysPossessiveIsAPersonThoughItsGivenNameIsUnlisted() {
    assertEquals(List.of("Tesfaye Gebremariam"),
        PeopleOf.names("The Kenyan pulled away from Ethiopia's Tesfaye Gebremariam after 30 kilometres."));
  }

  @Test
  void aNameBeforeAVerbAfterACountrysPossessiveIsAPerson() {
    assertEquals(List.of("Kebede Alemu"), PeopleOf.names("In the end Ethiopia's Kebede Alemu finished third."));
  }

  @Test
  void wordsBeforeANounAfterACountrysPossessiveNameNoOne() {
    assertEquals(List.of(), PeopleOf.names("Rain fell across Kenya's Kerio Valley region on Sunday."));
  }

  @Test
  void anEpithetInQuotationMarksNamesNoOne() {
    assertEquals(List.of(), PeopleOf.names("Protesters called the governor \"Canada's Biggest Loser,\" and chanted."));
  }
}
