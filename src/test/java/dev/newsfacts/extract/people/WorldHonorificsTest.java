package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Honorifics of Indian, Nigerian and Kenyan copy stand before a name and are no part of it, with or without a dot. */
class WorldHonorificsTest {
  @Test
  void shriIsNoPartOfTheName() {
    assertEquals(List.of("Raghav Menon"), PeopleOf.names("Shri Raghav Menon chaired the meeting in the capital."));
  }

  @Test
  void anHonorificTheTokenizerSplitFromItsDotStillOpensTheName() {
    assertEquals(List.of("Lata Ramanathan"), PeopleOf.names("The motion was seconded by Smt. Lata Ramanathan on Friday."));
  }

  @Test
  void alhajiIsNoPartOfTheName() {
    assertEquals(List.of("Musa Danladi"), PeopleOf.names("Alhaji Musa Danladi said prices had doubled since June."));
  }
}
