package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A nationality right before a name is a word of its own, not the name's first word. */
class NationalityBeforeNameTest {
  @Test
  void aNationalityBeforeAGivenNameAndSurnameLeavesThePerson() {
    assertEquals(List.of("Tom Hadley"), PeopleOf.names("The race went to Kenyan Tom Hadley by four seconds on Sunday."));
  }

  @Test
  void aNationalityBeforeANameOnNoListLeavesThePersonTheArticleNamesAgain() {
    assertEquals(List.of("Wanjiru Otieno"),
        PeopleOf.names("The race went to Kenyan Wanjiru Otieno by four seconds. Otieno said the course was fast."));
  }

  @Test
  void aNationalityBeforeABodysNameMakesNoPerson() {
    assertEquals(List.of(), PeopleOf.names("Shares of Kenyan Tea Development Agency rose on Monday."));
  }
}
