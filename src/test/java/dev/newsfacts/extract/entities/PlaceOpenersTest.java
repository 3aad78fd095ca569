package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A natural place's word opening a name. */
class PlaceOpenersTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aLakeWhoseNameIsATownIsOneLake() {
    assertEntity("LOCATION:Lake Superior", "Levels were well above Lake Superior, where studies found less.",
        "Lake Superior");
  }

  @Test
  void aMountainIsOnePlace() {
    assertEntity("LOCATION:Mount Elgon", "Landslides cut roads on the slopes of Mount Elgon this week.", "Mount Elgon");
  }

  @Test
  void aBodyNamedForALakeStaysABody() {
    assertEntity("ORGANIZATION:Lake Victoria Fisheries Organization",
        "The Lake Victoria Fisheries Organization said catches fell.", "Lake Victoria Fisheries Organization");
  }

  @Test
  void aClimbNamedWithASpanishParticleIsOnePlace() {
    assertEntity("LOCATION:Alto de Orbeta", "He attacked on the last ramp of the Alto de Orbeta and held on.",
        "Alto de Orbeta");
  }

  @Test
  void anItalianPassIsOnePlace() {
    assertEntity("LOCATION:Passo del Brenno", "The peloton crossed the Passo del Brenno twice on Sunday.",
        "Passo del Brenno");
  }

  @Test
  void aPersonsNameWithAParticleStaysAPerson() {
    assertEntity("PERSON:Lourdes de Carvalho", "Lourdes de Carvalho said the race would go ahead.", "Lourdes de Carvalho");
  }
}
