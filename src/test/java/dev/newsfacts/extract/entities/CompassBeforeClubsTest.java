package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A club named with a compass word keeps it where its short name also stands alone. */
class CompassBeforeClubsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theCompassWordStaysInTheClubsNameWhenTheShortNameFollows() {
    assertEntity("ORGANIZATION:North Queensland Stingers",
        "The North Queensland Stingers lost 24-10 at home on Friday night.\n\nThe Stingers made 15 errors in the match.",
        "North Queensland Stingers");
  }

  @Test
  void aSouthernClubKeepsItsCompassWordBesideItsShortName() {
    assertEntity("ORGANIZATION:South Sydney Falcons",
        "Fans of the South Sydney Falcons queued for tickets on Monday.\n\nThe Falcons sold 9,000 memberships.",
        "South Sydney Falcons");
  }

  @Test
  void anEasternClubKeepsItsCompassWordBesideItsShortName() {
    assertEntity("ORGANIZATION:East Perth Herons",
        "The East Perth Herons signed a new coach on Tuesday.\n\nThe Herons play at home next week.",
        "East Perth Herons");
  }
}
