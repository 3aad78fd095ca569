package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Minister for Housing James Brennan": the portfolio after a title's "for" is part of the office, not of the name. */
class PortfolioAfterForTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPortfolioAfterForIsNoPartOfTheMinistersName() {
    assertEntity("PERSON:James Brennan", "Minister for Housing James Brennan said the figures were disappointing.",
        "James Brennan");
  }

  @Test
  void thePortfolioAfterForIsNoPerson() {
    ResultDocument doc = NewsEntitiesTest.run("Minister for Housing James Brennan said the figures were disappointing.");
    assertNull(NewsEntitiesTest.entity(doc, "Housing James Brennan", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void theDepartmentKeepsItsPortfolioWhenTheMinisterIsNamedToo() {
    assertEntity("ORGANIZATION:Department of Housing", "Minister for Housing James Brennan said the Department of Housing "
        + "would publish the plan.", "Department of Housing");
  }
}
