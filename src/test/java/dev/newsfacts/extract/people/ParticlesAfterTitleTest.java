package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A surname's lower-case particles after a given name the tagger does not know, when a title goes before. */
class ParticlesAfterTitleTest {
  @Test
  void aDutchParticleAfterALowerCaseTitleJoinsTheSurname() {
    assertEquals(List.of("Pieter van Wyk"),
        PeopleOf.names("Opposition councillor Pieter van Wyk said the city had underspent on pipes."));
  }

  @Test
  void aFilipinoParticleAfterALowerCaseTitleKeepsTheGivenName() {
    assertEquals(List.of("Arnel de Guzman"),
        PeopleOf.names("Agency spokesperson Arnel de Guzman said the funds had been released."));
  }

  @Test
  void aBankNamedWithAParticleIsNoPerson() {
    assertEquals(List.of("Hugo de Groot"),
        PeopleOf.names("The minister Hugo de Groot said so, and the Banco de Chile agreed."));
  }

  @Test
  void aParticleCapitalisedAtASentenceStartFindsTheFullName() {
    assertEquals(List.of("Arnel de Guzman"),
        PeopleOf.names("Agency spokesperson Arnel de Guzman said the funds were released. De Guzman said more would follow."));
  }
}
