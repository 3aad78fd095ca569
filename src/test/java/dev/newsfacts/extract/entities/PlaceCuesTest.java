package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Words around a name no list knows that say it is a place's. */
class PlaceCuesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameAfterACompassAdjectiveIsAPlace() {
    assertEntity("LOCATION:Luzon", "Power was back in 64 percent of homes in northern Luzon by Tuesday night.", "Luzon");
  }

  @Test
  void aNameAfterNearIsAPlace() {
    assertEntity("LOCATION:Kaweru", "The bus left the road near Kaweru shortly after dawn, police said.", "Kaweru");
  }

  @Test
  void aNameBeforeAKindOfPlaceIsAPlace() {
    assertEntity("LOCATION:Tarnova", "Most of the damage was in Tarnova province, the agency said.", "Tarnova");
  }

  @Test
  void bothNamesBeforeAPluralKindOfPlaceArePlaces() {
    assertEntity("LOCATION:Brelin", "The water came from the Brelin and Oskava valleys last year.", "Brelin");
  }

  @Test
  void namesListedAfterRegionsSuchAsArePlaces() {
    assertEntity("LOCATION:Ostrava Hills",
        "Waits are longest in regions such as the Kaldor and the Ostrava Hills, the minister said.", "Ostrava Hills");
  }

  @Test
  void aNameInAnAppositionWithATownIsAPlace() {
    assertEntity("LOCATION:Mbaruki", "Prices rose in Mbaruki, a town in the highlands, by a fifth.", "Mbaruki");
  }

  @Test
  void aNameFromWhichARouteRunsToAListedPlaceIsAPlace() {
    assertEntity("LOCATION:Karvik", "Boats steamed out of harbours from Karvik to Halifax early Monday.", "Karvik");
  }

  @Test
  void aNameOpeningASentenceAfterInAndBeforeACommaIsAPlace() {
    assertEntity("LOCATION:Othmere", "In Othmere, shop owner Dana Reyes said trade had halved.", "Othmere");
  }

  @Test
  void anOrganisationAfterNearStaysAnOrganisation() {
    assertEntity("ORGANIZATION:World Bank", "The figure was near World Bank estimates, the ministry said.", "World Bank");
  }

  @Test
  void anUnlistedNameAfterInBeforeAVerbIsAPlace() {
    assertEntity("LOCATION:Protea Glen", "Families in Protea Glen had queued at tankers for six days, she said.",
        "Protea Glen");
  }

  @Test
  void anUnlistedNameAfterInBeforeAndAnotherPrepositionIsAPlace() {
    assertEntity("LOCATION:Kilcolgan", "Families in Kilcolgan and on the islands were moved to hotels, the council said.",
        "Kilcolgan");
  }

  @Test
  void aBodyWhoseStaffAreAtItIsNoPlace() {
    String text = "Economists at Kestrelbank estimated that the tariff would add to inflation.";
    assertNotEquals("LOCATION:Kestrelbank", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Kestrelbank"));
  }

  @Test
  void aNameAfterNearbyIsAPlace() {
    assertEntity("LOCATION:Brantwick", "A discount chain opened in nearby Brantwick in 2019, she said.", "Brantwick");
  }

  @Test
  void aNameBeforeAPlacesOfficeAndItsHolderIsAPlace() {
    assertEntity("LOCATION:Carrowmere",
        "Her closest rival, former Carrowmere mayor Tomas Ellery Vance, polled 21 percent.", "Carrowmere");
  }

  @Test
  void theHolderAfterAPlacesOfficeStaysAPerson() {
    assertEntity("PERSON:Tomas Ellery Vance",
        "Her closest rival, former Carrowmere mayor Tomas Ellery Vance, polled 21 percent.", "Tomas Ellery Vance");
  }

  @Test
  void aTitleWordBeforeAnOfficeIsNoPlace() {
    String text = "Tourism is booming. Deputy mayor Ines Calvet said the tax would rise.";
    assertNotEquals("LOCATION:Deputy", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Deputy"));
  }

  @Test
  void aNameAfterAPersonsAgeAndOfIsTheirHomeTown() {
    assertEntity("LOCATION:Harwell Flats",
        "Among those charged was Dale Ross Pettigrew, 41, of Harwell Flats, who was held on $50,000 bail.",
        "Harwell Flats");
  }

  @Test
  void aNameAfterAResidentOfIsAPlace() {
    assertEntity("LOCATION:Kellerby", "Nora Quist, a resident of Kellerby, said the closure was a blow.", "Kellerby");
  }

  @Test
  void aNameBeforePortIsAPlace() {
    assertEntity("LOCATION:Marandu", "Congestion at the Marandu port eased in June, an official said.", "Marandu");
  }

  @Test
  void aSideOfACityAfterTheIsAPlace() {
    assertEntity("LOCATION:South Side", "Police were called to a motel on the South Side on Friday.", "South Side");
  }

  @Test
  void aBuildingsNameIsAPlace() {
    assertEntity("LOCATION:Harrowgate Legislative Building",
        "The budget was tabled at the Harrowgate Legislative Building on Wednesday.", "Harrowgate Legislative Building");
  }

  @Test
  void aTerminalsNameIsAPlace() {
    assertEntity("LOCATION:Old Quay Container Terminal",
        "Night shifts were added at the Old Quay Container Terminal in June.", "Old Quay Container Terminal");
  }

  @Test
  void aRegionWhoseNameGoesOnAcrossOfIsOnePlace() {
    assertEntity("LOCATION:East Riding of Yorkshire",
        "The study put its worth to the economy of Hull and the East Riding of Yorkshire at £1bn.",
        "East Riding of Yorkshire");
  }

  @Test
  void aNameAfterInBeforeToAndAVerbIsAPlace() {
    assertEntity("LOCATION:Ermua", "She won the sprint on the steep finish in Ermua to take the race lead.", "Ermua");
  }

  @Test
  void aNameAfterIntoEndingTheClauseIsAPlace() {
    assertEntity("LOCATION:Getaria", "Two riders crashed on Tuesday's stage into Getaria.", "Getaria");
  }

  @Test
  void aNameAfterIntoBeforeANounIsNoPlace() {
    String text = "Investors poured money into Kelvor shares last week.";
    assertNotEquals("LOCATION:Kelvor", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Kelvor"));
  }

  @Test
  void aNameBeforeATradeAndALivelihoodAndAPersonsNameIsAPlace() {
    assertEntity("LOCATION:Wagga", "Wagga grain grower Peter Hines said the rain came too late.", "Wagga");
  }

  @Test
  void theGrowerAfterThePlaceIsStillAPerson() {
    assertEntity("PERSON:Peter Hines", "Wagga grain grower Peter Hines said the rain came too late.", "Peter Hines");
  }

  @Test
  void aNameAfterAnAgeADescriptionAndFromIsAPlace() {
    assertEntity("LOCATION:Ashwick", "Mary Lowe, 64, a retired teacher from Ashwick, said she would miss the shop.",
        "Ashwick");
  }

  @Test
  void aNameAfterFromWithNoAgeBeforeIsNoPlaceByThatCue() {
    String text = "The letter, a short note from Kelvor, said little.";
    assertNotEquals("LOCATION:Kelvor", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Kelvor"));
  }

  @Test
  void aNameBeforeAMinesNounIsAPlace() {
    assertEntity("LOCATION:Quebrada Verde",
        "Output fell after a landslide at its Quebrada Verde mine, the company said.", "Quebrada Verde");
  }

  @Test
  void aNameBeforeAStationsNounIsAPlace() {
    assertEntity("LOCATION:Thulibeshi", "The agency recorded 280 mm of rain at its Thulibeshi station on Sunday.", "Thulibeshi");
  }

  @Test
  void aNameBeforeABorderPostIsAPlace() {
    assertEntity("LOCATION:Mwenda", "Trucks queued for days at the Mwenda border post, traders said.", "Mwenda");
  }
  @Test
  void aNameAfterTheVillageOfIsAPlace() {
    assertEntity("LOCATION:Okahandjaberg", "Water ran out in the village of Okahandjaberg last week.", "Okahandjaberg");
  }

  @Test
  void aNameAfterNorthOfIsAPlace() {
    assertEntity("LOCATION:Pelkaviri", "The fire started 30 kilometres south of Pelkaviri on Sunday.", "Pelkaviri");
  }

  @Test
  void aNameAfterTheTownOfBeforeANounIsNoPlace() {
    String text = "The school opened a fund for the town of Pelkaviri Farmers Union members.";
    assertNotEquals("LOCATION:Pelkaviri", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Pelkaviri"));
  }
}
