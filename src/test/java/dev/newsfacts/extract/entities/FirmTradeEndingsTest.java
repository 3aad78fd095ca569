package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name of two words or more ending in a firm's trade word is a firm's. */
class FirmTradeEndingsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameEndingInFertilisersIsAFirm() {
    assertEntity("ORGANIZATION:Tarlow Fertilisers",
        "Shares of Tarlow Fertilisers fell 2 per cent on Friday after the monsoon forecast was cut.", "Tarlow Fertilisers");
  }

  @Test
  void aRealtyWhoseFirstWordIsAGivenNameIsStillAFirm() {
    assertEntity("ORGANIZATION:Grace Harbour Realty",
        "\"Buyers are back,\" said Omar Haddad, managing director of Grace Harbour Realty.", "Grace Harbour Realty");
  }

  @Test
  void anAdvisoryAfterAPlaceBasedModifierIsAFirm() {
    assertEntity("ORGANIZATION:Cowrie Advisory",
        "An economist at Lagos-based Cowrie Advisory, Tunde Bello, said prices would keep rising.", "Cowrie Advisory");
  }

  @Test
  void internationalBeforeAnAirportLeavesThePlace() {
    String text = "The flight landed at Denver International Airport shortly after noon.";
    assertNotEquals("ORGANIZATION:Denver International", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Denver International"));
  }

  @Test
  void aBrokerageNamesTheFirmAfterIt() {
    assertEntity("ORGANIZATION:Andes Valores",
        "\"Output will stay weak,\" said Lucia Perez, an economist at Santiago brokerage Andes Valores.", "Andes Valores");
  }
}
