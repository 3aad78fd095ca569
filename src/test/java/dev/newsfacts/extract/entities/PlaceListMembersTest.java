package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Unknown one-word names listed beside places are places; days, people and a place's particle are not. */
class PlaceListMembersTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void anUnknownNameListedBetweenPlacesIsAPlace() {
    assertEntity("LOCATION:Zarvipur", "Building work is banned across Delhi, Noida, Zarvipur and Faridabad until Sunday.",
        "Zarvipur");
  }

  @Test
  void anUnknownNameListedBeforeAPlaceIsAPlace() {
    assertEntity("LOCATION:Kellowby", "The water will be shipped to residents of Kellowby and Venice if the levee fails.",
        "Kellowby");
  }

  @Test
  void aDayListedAfterAPlaceIsNoPlace() {
    String text = "Rallies are planned in Denver, Saturday and Sunday, organisers said.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().equals("Saturday")), doc.entities().toString());
  }

  @Test
  void theEndOfAPlaceAfterItsParticleIsNoPlaceOfItsOwn() {
    String text = "Residents marched in Barcelona, Palma de Mallorca and Malaga last year.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().equals("Mallorca")), doc.entities().toString());
  }

  @Test
  void anUnknownNameTheTaggerCallsAVerbListedAfterAPlaceIsAPlace() {
    assertEntity("LOCATION:Findlay", "Crews were sent to Sacramento and Findlay after the storm.", "Findlay");
  }

  @Test
  void aCapitalisedFunctionWordAfterAPlaceAndAJoinerIsNoPlace() {
    String text = "Fares went up in Denver, Some riders said they would walk.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().equals("Some")), doc.entities().toString());
  }

  @Test
  void anUnknownTwoWordNameListedAfterPlacesIsAPlace() {
    assertEntity("LOCATION:Hollin Brae", "Boil-water notices covered Leeds, Otley, Hollin Brae and Ilkley on Tuesday.",
        "Hollin Brae");
  }

  @Test
  void anUnknownTwoWordNameListedBeforeAPlaceIsAPlace() {
    assertEntity("LOCATION:Tarn Kellow", "Ambulances were sent to Tarn Kellow and Leeds after the crash.", "Tarn Kellow");
  }

  @Test
  void aTitledNameListedAfterAPlaceIsNoPlace() {
    String text = "Rallies were held in Denver, Senator Ross Kellow said on Sunday.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().contains("Kellow") && e.type() == EntityType.LOCATION),
        doc.entities().toString());
  }
}
