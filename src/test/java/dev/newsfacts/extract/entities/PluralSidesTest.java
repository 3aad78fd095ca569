package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In a match report a capitalised plural after "the" in a side's spot is a side. */
class PluralSidesTest {
  private static final String REPORT = "The Stallions beat the Harriers 27-20 on Saturday. Stallions coach Mark Dunne praised "
      + "his forwards after the match, saying the goal kicking of his fly-half settled it. The Stallions host the Kestrels next week "
      + "in the last round of the season.";

  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPluralAfterTheBeforeAResultsVerbIsASide() {
    assertEntity("ORGANIZATION:Stallions", REPORT, "Stallions");
  }

  @Test
  void aPluralAfterTheAfterAResultsVerbIsASide() {
    assertEntity("ORGANIZATION:Kestrels", REPORT, "Kestrels");
  }

  @Test
  void aPluralOutsideAMatchReportIsNoSide() {
    String text = "The Harriers met the Kestrels for lunch in the village hall on Saturday.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Kestrels"));
  }

  @Test
  void aPluralNotInASidesSpotIsNoSide() {
    String text = "The Stallions beat the Harriers 27-20 in the match on Saturday, their coach said, a goal from the last "
        + "game of the season. Fans of the Wanderings sang all afternoon.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Wanderings"));
  }

  @Test
  void aRugbyLeagueReportIsAMatchReportByItsPositions() {
    String text = "The Harbour Pelicans opened their season with a 24-12 win over the Kestrels on Friday, with fullback Tom Reyes "
        + "crossing twice. The winger added another before the halfback was sent off.";
    assertEntity("ORGANIZATION:Kestrels", text, "Kestrels");
  }

  @Test
  void aHalfbackAndAWingerMakeAMatchReportOfALeagueGame() {
    String text = "Halfback Jon Pratt kicked four goals as the Rams beat the Ospreys 20-6. The winger scored on half-time.";
    assertEntity("ORGANIZATION:Ospreys", text, "Ospreys");
  }

  @Test
  void aFullbacksInjuryReportNamesTheSideItFaces() {
    String text = "The fullback will miss the clash with the Marlins, and the halfback and winger are in doubt for "
        + "the trip to play the Marlins next week.";
    assertEntity("ORGANIZATION:Marlins", text, "Marlins");
  }
}
