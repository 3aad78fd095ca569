package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An occupation or a player's position right before two or three capitalised words names the person holding it. */
class OccupationBeforeNameTest {
  @Test
  void aPositionBeforeAnUnlistedNameMakesItAPerson() {
    assertEquals(List.of("Sione Faleafa"),
        PeopleOf.names("Harbour prop Sione Faleafa went off with a shoulder injury after 20 minutes."));
  }

  @Test
  void anOccupationOpeningTheSentenceIsNoPartOfTheName() {
    assertEquals(List.of("Dinesh Kottayam"),
        PeopleOf.names("Pharmacist Dinesh Kottayam, who runs two shops in the town, said sales had doubled."));
  }

  @Test
  void anOccupationBeforeOneWordNamesNoOne() {
    assertEquals(List.of(), PeopleOf.names("The club signed a new lock Friday and a winger on loan."));
  }

  @Test
  void anOccupationBeforeAPlaceNamesNoOne() {
    assertEquals(List.of(), PeopleOf.names("Every farmer New Zealand has lost money on the deal this year."));
  }

  @Test
  void aCapitalisedOccupationInsideASentenceIsLeftToTheOtherRules() {
    assertEquals(List.of(), PeopleOf.names("They met the Engineer Tallis Beskow group on Monday."));
  }

  @Test
  void aHyphenatedSurnameTheTokenizerCutIntoPiecesStaysOneNameAfterAPosition() {
    assertEquals(List.of("Dyfan Rees-Morgan"),
        PeopleOf.names("Visitors scored after wing Dyfan Rees-Morgan broke through the middle."));
  }

  @Test
  void aGivenNameTheTaggerCallsAPrepositionAfterAPositionIsAName() {
    assertEquals(List.of("Ieuan Maddox"),
        PeopleOf.names("The club lost lock Ieuan Maddox to a yellow card after an hour."));
  }
}
