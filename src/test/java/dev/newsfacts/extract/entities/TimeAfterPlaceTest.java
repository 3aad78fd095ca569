package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name after "in" with a time phrase right after it ("in Savusavu next week") is a place no list needs to know. */
class TimeAfterPlaceTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameAfterInBeforeNextWeekIsAPlace() {
    assertEntity("LOCATION:Savusavu", "The ministry will host a tourism expo in Savusavu next week.", "Savusavu");
  }

  @Test
  void aNameAfterInBeforeLaterThisMonthIsAPlace() {
    assertEntity("LOCATION:Kojup", "The department will hold information sessions for growers in Kojup later this month.",
        "Kojup");
  }

  @Test
  void aPairAfterInBeforeATimePhraseIsTwoPlaces() {
    String text = "The agency will hold sessions for producers in Kojup and Tarrowby later this month.";
    assertEntity("LOCATION:Kojup", text, "Kojup");
    assertEntity("LOCATION:Tarrowby", text, "Tarrowby");
  }

  @Test
  void laterBeforeAVerbMakesNoTimePhrase() {
    String text = "The firm had invested heavily in Zellco later said the deal was off.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().equals("Zellco") && e.type().name().equals("LOCATION")),
        doc.entities().toString());
  }

  @Test
  void aNameTheTaggerCallsACommonNounAfterInBeforeTheSentencesEndIsAPlace() {
    assertEntity("LOCATION:Dorval", "The chair told a meeting of commissioners Tuesday night in Dorval.", "Dorval");
  }
}
