package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "District Attorney", "Circuit Judge": a head word inside an office's title names no body. */
class HeadsInsideTitlesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
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
}
