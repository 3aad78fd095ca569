package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A court's word before a judge's or prosecutor's role word is the title's, no body's name. */
class CourtTitlesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aDistrictJudgesTitleLeavesNoOrganisation() {
    String text = "U.S. District Judge Harriet Lowell sentenced him to nine years on Wednesday.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void anAssistantDistrictAttorneysTitleLeavesNoOrganisation() {
    String text = "Assistant District Attorney Kaitlyn Brandt said the crew stole 40 cars.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void aCourtBeforeTheRoleStaysAnOrganisation() {
    String text = "Harlow County Circuit Court Judge Glenn Yamato agreed with the plea.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().endsWith("Circuit Court")),
        doc.entities().toString());
  }
}
