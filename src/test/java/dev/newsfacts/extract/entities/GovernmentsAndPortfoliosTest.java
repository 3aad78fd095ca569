package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Scottish Government" is a body; "Public Health Minister" is an office; "Singapore Management University" keeps its country. */
class GovernmentsAndPortfoliosTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPeopleBeforeGovernmentNamesABody() {
    assertEntity("ORGANIZATION:Scottish Government", "The survey, published by the Scottish Government on Tuesday, found "
        + "that obesity had risen.", "Scottish Government");
  }

  @Test
  void aWeakHeadBeforeAnOfficeIsThePortfolioNotABody() {
    ResultDocument doc = NewsEntitiesTest.run("Public Health Minister Alison Drummond said the figures were worrying.");
    assertFalse(doc.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void aCountryWrittenInFullOpeningANameIsPartOfIt() {
    assertEntity("ORGANIZATION:Singapore Management University", "Singapore Management University entered the top 500 "
        + "for the first time.", "Singapore Management University");
  }

  @Test
  void anAbbreviatedCountryOpeningANameIsAModifier() {
    assertEntity("ORGANIZATION:State Department", "A US State Department spokesman declined to comment on the talks.",
        "US State Department");
  }
}
