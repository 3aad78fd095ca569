package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A foreign head word opens a body's name that goes on across lower-case particles. */
class ForeignHeadNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aFrenchInstitutesNameGoesOnAcrossALowerCaseWordAndItsParticles() {
    assertEntity("ORGANIZATION:Institut de la santé du Québec",
        "A report by the Institut de la santé du Québec found waits had doubled.", "Institut de la santé du Québec");
  }

  @Test
  void aGermanHospitalsNameGoesOnAcrossItsParticle() {
    assertEntity("ORGANIZATION:Klinikum links der Weser",
        "Doctors at the city hospital, Klinikum links der Weser, treated 40 patients.", "Klinikum links der Weser");
  }

  @Test
  void aNewspapersNameGoesOnAcrossDe() {
    assertEntity("ORGANIZATION:Tribune de Lausanne", "The poll for the Tribune de Lausanne found 54% in favour.",
        "Tribune de Lausanne");
  }

  @Test
  void aLowerCaseWordWithNoParticleAfterItEndsTheName() {
    String text = "The Instituto de Salud said cases rose, and the Banco de España agreed.";
    assertEntity("ORGANIZATION:Instituto de Salud", text, "Instituto de Salud");
  }
}
