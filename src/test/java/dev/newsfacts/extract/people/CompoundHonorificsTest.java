package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An honorific of two words before a name is no part of the name. */
class CompoundHonorificsTest {
  @Test
  void theSecondWordOfDatukSeriIsNoPartOfTheName() {
    assertEquals(List.of("Rahmat Ismail"),
        PeopleOf.names("Plantation Minister Datuk Seri Rahmat Ismail said stocks would ease next month."));
  }

  @Test
  void tanSriOpeningARunIsNoPartOfTheName() {
    assertEquals(List.of("Azlan Hamid"), PeopleOf.names("Tan Sri Azlan Hamid told reporters the bank was ready."));
  }

  @Test
  void aCapitalWhoseNameHoldsSeriNamesNoOne() {
    assertEquals(List.of(), PeopleOf.names("The sultan flew home to Bandar Seri Begawan on Monday."));
  }
}
