package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name with a surname particle in apposition to a role names a person though its given name is unlisted. */
class ParticleSurnamesTest {
  @Test
  void aSpanishNameInAppositionToARoleIsAPerson() {
    assertEquals(List.of("Álvaro Ruiz de Lara"),
        PeopleOf.names("Its vice-president, Álvaro Ruiz de Lara, said on Monday that growth would slow."));
  }

  @Test
  void aMuseumNamedWithAParticleIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("The Museo del Prado said it would open on Sundays."));
  }

  @Test
  void aParkNamedWithAParticleIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("Casa de Campo, a park west of the centre, closed after the storm."));
  }
}
