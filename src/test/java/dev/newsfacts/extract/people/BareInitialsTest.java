package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An initial written without its dot opens the name after it. */
class BareInitialsTest {
  @Test
  void anInitialWithoutADotAfterATitleOpensTheName() {
    assertEquals(List.of("K Srinivasa Rao"),
        PeopleOf.names("The trial went well, the company's managing director K Srinivasa Rao told reporters here."));
  }

  @Test
  void aStreetNamedWithALetterIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("Lobbyists on K Street said the bill was dead."));
  }

  @Test
  void aVitaminIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("He took Vitamin D tablets daily, his doctor said."));
  }
}
