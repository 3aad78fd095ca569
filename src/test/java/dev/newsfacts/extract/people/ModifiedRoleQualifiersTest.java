package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One capitalised word between "former" and a role noun before a name says what the role is, and names no one. */
class ModifiedRoleQualifiersTest {
  @Test
  void aMatchFormatBeforeAPlayersPositionNamesNoOne() {
    assertEquals(List.of("Kamran Butt"), PeopleOf.names("Former Test opener Kamran Butt chairs the selection panel."));
  }

  @Test
  void aPartyBeforeAMinisterNamesNoOne() {
    assertEquals(List.of("Helen Marsh"), PeopleOf.names("Former Tory minister Helen Marsh said the plan was flawed."));
  }

  @Test
  void aFormerOfficeHolderNamedWithoutARoleAfterIsStillAPerson() {
    assertEquals(List.of("Jack Doyle"), PeopleOf.names("Former Senator Jack Doyle said the plan was flawed."));
  }

  @Test
  void aClubAfterALowerCaseFormerBeforeItsCaptainNamesNoOne() {
    assertEquals(List.of("Emyr Davies"), PeopleOf.names("He is the son of former Pontypridd captain Emyr Davies."));
  }
}
