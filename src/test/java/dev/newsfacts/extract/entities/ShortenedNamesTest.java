package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A later mention made of the first or last words of a place or body named before is that one, unless listed. */
class ShortenedNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void thePlaceWordsOfAParkNamedBeforeAreThePark() {
    ResultDocument doc = run("Rangers patrol Kellowby National Park at night.\n\nTwelve rhinos were killed in Kellowby last year.");
    Entity park = entity(doc, "Kellowby National Park", EntityType.LOCATION);
    assertNotNull(park, doc.entities().toString());
    assertEquals(2, park.mentions().size(), park.mentions().toString());
  }

  @Test
  void aFirmWithoutItsCorporateFormIsTheFirm() {
    String text = "The site was bought by Brantwick Holdings LLC in May.\n\nBrantwick Holdings' chief executive, Ann Cole, said work would start soon.";
    ResultDocument doc = run(text);
    Entity firm = entity(doc, "Brantwick Holdings LLC", EntityType.ORGANIZATION);
    assertNotNull(firm, doc.entities().toString());
    assertEquals(2, firm.mentions().size(), firm.mentions().toString());
  }

  @Test
  void aListedTownOpeningAStadiumsNameStaysTheTown() {
    ResultDocument doc = run("The match was played at Cardiff Arms Park on Friday.\n\nFans in Cardiff celebrated late into the night.");
    assertNotNull(entity(doc, "Cardiff", EntityType.LOCATION), doc.entities().toString());
  }

  @Test
  void aListedPlaceInsideALongerOneStaysItself() {
    ResultDocument doc = run("Storms battered North Queensland on Monday.\n\nFarmers across Queensland said the crop was lost.");
    assertNotNull(entity(doc, "Queensland", EntityType.LOCATION), doc.entities().toString());
  }
}
