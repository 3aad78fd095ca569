package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A firm's opening words, used later on their own, are the firm; a person's name inside a body's is no one. */
class ShortenedFirmSpeakersTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theOpeningWordsOfAnAirlineSpeakingLaterAreTheAirline() {
    String text = "Low-cost carrier Silver Fern Airlines has ordered 10 new turboprops.\n\n"
        + "Silver Fern, which flies to 14 islands, said the aircraft would arrive next year.";
    ResultDocument doc = run(text);
    assertNull(NewsEntitiesTest.entity(doc, "Silver Fern", EntityType.PERSON), doc.entities().toString());
    assertEquals("ORGANIZATION:Silver Fern Airlines", typeAndNameAt(doc, text.lastIndexOf("Silver Fern")),
        doc.entities().toString());
  }

  @Test
  void theFirstWordsOfABoardNamedWithItsAcronymAreNoPerson() {
    ResultDocument doc = run("Fares will rise.\n\nThe Land Transport Licensing and Review Board (LTLRB) on Tuesday approved a "
        + "P2 increase in minimum fares.");
    assertNull(NewsEntitiesTest.entity(doc, "Land Transport Licensing", EntityType.PERSON), doc.entities().toString());
  }

  private static String typeAndNameAt(ResultDocument doc, int start) {
    for (var e : doc.entities()) {
      for (var m : e.mentions()) if (m.start() == start) return e.type() + ":" + e.name();
    }
    return null;
  }
}
