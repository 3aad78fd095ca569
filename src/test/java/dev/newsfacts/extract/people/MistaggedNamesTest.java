package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A capitalised word inside a sentence, next to a proper noun, is a name's word whatever function tag it got. */
class MistaggedNamesTest {
  @Test
  void aGivenNameTheTaggerCallsAPrepositionStaysInTheName() {
    assertEquals(List.of("Wanza Mbithi", "Oduor Kiprop"),
        PeopleOf.names("The ruling was welcomed by activist Wanza Mbithi and lawyer Oduor Kiprop."));
  }

  @Test
  void aRealFunctionWordBeforeANameStaysOut() {
    assertEquals(List.of("Oduor Kiprop"),
        PeopleOf.names("Most of the speakers, Among them lawyer Oduor Kiprop, left early."));
  }
}
