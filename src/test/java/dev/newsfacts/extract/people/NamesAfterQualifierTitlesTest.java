package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Given names after title words of other kinds, and given names the tagger takes for punctuation. */
class NamesAfterQualifierTitlesTest {
  @Test
  void aLoneGivenNameAfterNationalIsNoOne() {
    assertEquals(List.of(), PeopleOf.names("Two rhinos were found dead in the Etosha National Park on Friday."));
  }

  @Test
  void aLoneGivenNameAfterARoleIsAPerson() {
    assertEquals(List.of("Park"), PeopleOf.names("President Park told reporters the talks had gone well."));
  }

  @Test
  void aGivenNameTheTaggerCallsPunctuationIsPartOfTheName() {
    assertEquals(List.of("Kgomotso Phiri"),
        PeopleOf.names("Detective Inspector Kgomotso Phiri said the men were arrested at Otjiwarongo."));
  }
}
