package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Dean" opening a name of two words is a given name; before a longer title it is still an office. */
class LeadingGivenNameTitleTest {
  @Test
  void deanBeforeOneSurnameIsTheGivenName() {
    assertEquals(List.of("Dean Holt"), PeopleOf.names("The club sacked Dean Holt on Saturday after a heavy defeat."));
  }

  @Test
  void deanAfterALowerCaseTitleIsTheGivenName() {
    assertEquals(List.of("Dean Walcott"), PeopleOf.names("Dairy council president Dean Walcott said prices were falling."));
  }

  @Test
  void deanBeforeAGivenNameAndSurnameIsStillAnOffice() {
    assertEquals(List.of("Helen Marsh"), PeopleOf.names("Dean Helen Marsh said the faculty would cut courses."));
  }
}
