package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Where a speaker's name starts and stops: role compounds and titles before it, name particles inside it,
 * a phrase of time or place after a described subject, the group of an unnamed person, a pronoun
 * inverted after its verb, and a dialogue incise that runs to its closing dash.
 */
class SpeakerBoundariesTest {
  @Test
  void aGermanRoleCompoundBeforeTheNameIsLeftOut() {
    Profiled p = Profiled.of("KIEL (dpa) - „Die Fähren fahren wieder“, sagte Verkehrssenatorin Greta Lindqvist am Montag.");
    assertEquals("Greta Lindqvist", p.speaker("Die Fähren fahren wieder"));
  }

  @Test
  void aHyphenatedRoleCompoundBeforeTheNameIsLeftOut() {
    Profiled p = Profiled.of("""
        KIEL (dpa) - Die Gespräche gehen weiter.

        IG-Metall-Verhandlungsführerin Sonja Brandt sprach von einem „zähen Ringen“.
        """);
    assertEquals("Sonja Brandt", p.speaker("zähen Ringen"));
  }

  @Test
  void aTitleAfterTheHonorificIsNoPartOfTheName() {
    Profiled p = Profiled.of("KIEL (dpa) - „Trinken Sie genug“, sagte die Kinderärztin Frau Dr. Ilse Bergmann.");
    assertEquals("Ilse Bergmann", p.speaker("Trinken Sie genug"));
  }

  @Test
  void aCapitalisedParticleKeepsTheNameWhole() {
    Profiled p = Profiled.of("""
        BRÜSSEL (dpa) - Die Regierung in Den Haag hält an ihrem Kurs fest und will die Ausgaben nicht erhöhen.

        „Wir bleiben bei unserer Linie“, sagte der Außenminister Pieter Van den Broek am Montag in Brüssel.
        """);
    assertEquals("Pieter Van den Broek", p.speaker("Wir bleiben bei unserer Linie"));
  }

  @Test
  void aGermanGenitiveAfterANounIsNoName() {
    Profiled p = Profiled.of("""
        KIEL (dpa) - Nach Angaben der Reederei fallen zwei Fähren aus. „Wir bitten um Geduld“, teilte die Reederei mit.
        """);
    assertNull(p.speaker("Wir bitten um Geduld"));
  }

  @Test
  void aPhraseOfPlaceAfterADescribedSubjectNamesNoSpeaker() {
    Profiled p = Profiled.of("""
        NANTES, 2 mai 2024 (AFP) — Le FC Nantes a présenté lundi son nouvel entraîneur, Paul Girard.

        « Je veux une équipe qui attaque », a déclaré l'entraîneur lors d'une conférence de presse au Parc Beaujoire.
        """);
    assertEquals("Paul Girard", p.speaker("Je veux une équipe"));
  }

  @Test
  void aNameInAppositionAfterAPhraseOfPlaceIsStillTheSpeaker() {
    Profiled p = Profiled.of("""
        KIEL (dpa) - Der Hafen bleibt gesperrt.

        „Es ist zu gefährlich“, sagte der Sprecher der Polizei in Kiel, Jonas Petersen.
        """);
    assertEquals("Jonas Petersen", p.speaker("Es ist zu gefährlich"));
  }

  @Test
  void theGroupOfAnUnnamedPersonIsNotTheSpeaker() {
    Profiled p = Profiled.of("""
        LYON, 2 mai 2024 (AFP) — Les supporters ont manifesté devant le stade.

        « On veut être respectés », lançait un membre des Lyon Ultras.
        """);
    assertNull(p.speaker("On veut être respectés"));
  }

  @Test
  void aPronounInvertedAfterTheVerbIsTheSubject() {
    Profiled p = Profiled.of("""
        KIEL (dpa) - „Die Zahlen sind gut“, sagte Reederei-Chef Hauke Jensen. Zugleich mahnte er zur Vorsicht: „Der Winter wird hart.“
        """);
    assertEquals("Hauke Jensen", p.speaker("Der Winter wird hart"));
  }

  @Test
  void aDialogueInciseRunsToItsClosingDashPastAnApposition() {
    Profiled p = Profiled.of("""
        SEVILLA, 2 de mayo de 2024 (EFE) — Los regantes reclaman más agua.

        —No podemos sembrar —lamenta Manuel Ortega, un agricultor de Écija de 58 años—. Este año lo perdemos todo.
        """);
    assertEquals("Este año lo perdemos todo.", p.quote("Este año").text());
    assertEquals("Manuel Ortega", p.speaker("Este año"));
  }
}
