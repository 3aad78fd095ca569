package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name read as a person's but listed beside places is a place; a person with a given name stays one. */
class PeopleListedWithPlacesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameListedBetweenAPlaceAndAPersonIsAPlace() {
    assertEntity("LOCATION:Brantham Vale",
        "The cuts will hit about 9,000 customers in Leeds, Otley, Brantham Vale and Kellow, who will get water twice a week.",
        "Brantham Vale");
  }

  @Test
  void aPersonWithAGivenNameListedAfterAPlaceStaysAPerson() {
    ResultDocument doc = run("Residents of Leeds and Paul Kellow, who chairs the trust, signed the letter on Monday.");
    assertNotNull(entity(doc, "Paul Kellow", EntityType.PERSON), doc.entities().toString());
  }
}
