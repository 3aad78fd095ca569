package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertNull;
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

  @Test
  void aDistrictBeforeAttorneyIsPartOfTheTitle() {
    String text = "\"These were not joyrides,\" Assistant District Attorney Paul Renner told the court.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Assistant District"));
  }

  @Test
  void aCircuitBeforeJudgeLeavesTheCountyAPlace() {
    String text = "Dane County Circuit Judge Maria Lopez ordered him to pay $18,000 in restitution.";
    var doc = NewsEntitiesTest.run(text);
    assertNull(NewsEntitiesTest.entityAt(doc, text, "Dane County Circuit"));
    assertEntity("LOCATION:Dane County", text, "Dane County");
  }

  @Test
  void aDepartmentBeforeAnOfficeKeepsItsBody() {
    String text = "Justice Department Inspector General Ellen Marsh released the report on Tuesday.";
    assertEntity("ORGANIZATION:Department of Justice", text, "Justice Department");
  }

  @Test
  void aMagistratesTitleStaysOutOfTheName() {
    assertEntity("PERSON:Wanjiru Odhiambo", "Chief Magistrate Wanjiru Odhiambo set bail at 50,000 shillings.",
        "Wanjiru Odhiambo");
  }

  @Test
  void aMagistratesCourtStaysABody() {
    assertEntity("ORGANIZATION:Harlow Magistrates' Court", "Harlow Magistrates' Court heard the case on Monday.",
        "Harlow Magistrates' Court");
  }
}
