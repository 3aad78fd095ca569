package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** After an organisation classifier, a name in another language goes on past its lower-case particles. */
class ForeignNameTailsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aFrenchNameEndingInALowerCaseWordBeforeACommaIsWhole() {
    assertEntity("ORGANIZATION:Jeunes pour la mobilité",
        "Léa Roux, co-president of the youth group Jeunes pour la mobilité, said the plan was fair.", "Jeunes pour la mobilité");
  }

  @Test
  void anItalianNameEndingInACapitalisedWordIsWhole() {
    assertEntity("ORGANIZATION:Ferrovie dello Stato", "The state railway group Ferrovie dello Stato said services would resume.",
        "Ferrovie dello Stato");
  }

  @Test
  void anElidedParticleCarriesTheNameOn() {
    assertEntity("ORGANIZATION:Gremi d'Hotels de Barcelona",
        "The hotel association Gremi d'Hotels de Barcelona said the rise would hurt.", "Gremi d'Hotels de Barcelona");
  }

  @Test
  void anEnglishClauseAfterTheNameIsNotPartOfIt() {
    assertEntity("ORGANIZATION:Harbour Watch", "The campaign group Harbour Watch de facto runs the ferry, it said.", "Harbour Watch");
  }
}
