package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A listed state whose first words the person step reads as a title and a surname. */
class PlacesAcrossTitlesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theDemocraticRepublicOfTheCongoIsOnePlace() {
    String text = "Traders said sales across the border to the Democratic Republic of the Congo had picked up.";
    assertEntity("LOCATION:Democratic Republic of the Congo", text, "Democratic Republic of the Congo");
  }

  @Test
  void theShortFormWithoutTheArticleIsTheSamePlace() {
    String text = "Fighting flared again in the east of the Democratic Republic of Congo on Monday.";
    assertEntity("LOCATION:Democratic Republic of the Congo", text, "Democratic Republic of Congo");
  }

  @Test
  void noPersonIsLeftOfTheStatesName() {
    ResultDocument doc = run("Aid reached the Democratic Republic of the Congo by road on Monday.");
    for (Entity e : doc.entities()) assertTrue(e.type() != EntityType.PERSON, doc.entities().toString());
  }

  @Test
  void aTitledPersonBeforeOfStaysAPerson() {
    assertEntity("PERSON:Maria Okafor", "Governor Maria Okafor of Lagos State said the roads would reopen.", "Maria Okafor");
  }
}
