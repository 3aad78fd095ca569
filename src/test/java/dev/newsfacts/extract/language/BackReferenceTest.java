package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Speakers a later sentence names only by a short form: an organisation by its last word, a company by
 * the common noun it was introduced with, a person by a role word the article did not give them.
 */
class BackReferenceTest {
  @Test
  void anOrganisationNamedByItsLastWordIsNamedInFull() {
    Profiled p = Profiled.of("""
        KIEL (dpa) - Die Kieler Verkehrsgesellschaft erhöht die Preise für Busfahrten zum Jahresbeginn.

        „Die Kosten sind gestiegen“, teilte die Verkehrsgesellschaft mit.
        """);
    assertEquals("Kieler Verkehrsgesellschaft", p.speaker("Die Kosten sind gestiegen"));
  }

  @Test
  void anObliqueAdjectiveEndingIsMadeNominative() {
    Profiled p = Profiled.of("""
        KIEL (dpa) - Bei der Kieler Werft ruht die Arbeit.

        „Wir verhandeln weiter“, sagte die Werft.
        """);
    assertEquals("Kieler Werft", p.speaker("Wir verhandeln weiter"));
  }

  @Test
  void aCommonNounStandsForTheNameItWasIntroducedWith() {
    Profiled p = Profiled.of("""
        LILLE, 2 mai 2024 (AFP) — Le tribunal a condamné l'ancien dirigeant de la société de transport Vialis.

        Vialis « prend note de la décision », a indiqué la société dans un communiqué.
        """);
    assertEquals("Vialis", p.speaker("prend note de la décision"));
  }

  @Test
  void aDefiniteRoleRefersBackToThePersonNamedLast() {
    Profiled p = Profiled.of("""
        MADRID, 2 de mayo de 2024 (EFE) — El Getafe anunció el lunes la salida de su entrenador, Luis Molina.

        «Me voy con la cabeza alta», dijo el técnico en la sala de prensa.
        """);
    assertEquals("Luis Molina", p.speaker("Me voy con la cabeza alta"));
  }

  @Test
  void aNameAfterDeIsNotWhatTheNounWasIntroducedWith() {
    Profiled p = Profiled.of("""
        PARIS, 2 mai 2024 (AFP) — Le gouvernement de Gabriel Attal a présenté mardi son plan pour l'emploi.

        « Le chômage baissera », a assuré le gouvernement dans un communiqué.
        """);
    assertNotEquals("Gabriel Attal", p.speaker("Le chômage baissera"));
  }
}
