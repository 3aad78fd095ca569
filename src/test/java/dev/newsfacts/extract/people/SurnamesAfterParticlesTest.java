package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word after a surname's particles ends the name whatever the tagger calls it, and "de la" is two particles. */
class SurnamesAfterParticlesTest {
  @Test
  void twoParticlesAndASurnameTheTaggerCallsANounEndTheName() {
    assertEquals(List.of("Joris van der Heul"),
        PeopleOf.names("\"It hurt,\" said Joris van der Heul, who finished second on the climb."));
  }

  @Test
  void deLaOpensASpanishSurname() {
    assertEquals(List.of("Abelardo de la Torrecilla"),
        PeopleOf.names("Opposition candidate Abelardo de la Torrecilla led the poll with 28 percent."));
  }

  @Test
  void titlesOpeningTheRunDoNotKeepTheParticlesOut() {
    assertEquals(List.of("Faisal bin Tariq"), PeopleOf.names("Crown Prince Faisal bin Tariq hosted the talks on Monday."));
  }
}
