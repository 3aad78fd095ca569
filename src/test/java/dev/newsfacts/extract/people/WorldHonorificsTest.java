package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Honorifics of Indian, Nigerian, Ugandan and Kenyan copy stand before a name and are no part of it, with or without a dot. */
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

  @Test
  void hajjiBeforeAnEastAfricanTraderIsNoPartOfTheName() {
    assertEquals(List.of("Yusuf Ssentongo"), PeopleOf.names("The market's chairman, Hajji Yusuf Ssentongo, said stalls had been shut."));
  }

  @Test
  void hajiaBeforeAWomanIsNoPartOfTheName() {
    assertEquals(List.of("Amina Wanjiru"), PeopleOf.names("Hajia Amina Wanjiru told traders the levy would fall."));
  }
}
