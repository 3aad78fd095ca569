package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An ampersand between capitalised words is inside one name, a firm's or a club's. */
class AmpersandNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aFirmWithAnAmpersandAndItsLegalFormIsOneOrganisation() {
    assertEntity("ORGANIZATION:Lazenby & Co", "Lazenby & Co is advising the board on the offer, the company said.", "Lazenby & Co");
  }

  @Test
  void twoPlacesJoinedByAnAmpersandBeforeAClubWordAreTheClubsName() {
    assertEntity("ORGANIZATION:Brighton & Hove Albion",
        "The striker joined Brighton & Hove Albion on a four-year deal last summer.", "Brighton & Hove Albion");
  }

  @Test
  void aListedWordAfterAFirmsCoIsStillTheFirmsName() {
    assertEntity("ORGANIZATION:Achieng & Co. Advocates",
        "The firm Achieng & Co. Advocates will appeal the ruling, a partner said.", "Achieng & Co. Advocates");
  }

  @Test
  void twoSurnamesJoinedByAnAmpersandAreOneFirm() {
    assertEntity("ORGANIZATION:Hartley & Finch", "The retailer Hartley & Finch reported higher sales in the quarter.",
        "Hartley & Finch");
  }

  @Test
  void anAmpersandAfterAPossessiveJoinsNothing() {
    assertEntity("LOCATION:Canada", "Canada's & Mexico's ministers met in Ottawa on Tuesday.", "Canada");
  }

  @Test
  void aFirmWithAnAmpersandOpeningASentenceIsOneOrganisation() {
    assertEntity("ORGANIZATION:Lazenby & Co", "Shares rose on Monday. Lazenby & Co is advising the board.", "Lazenby & Co");
  }

  @Test
  void lettersJoinedByAnAmpersandStayInsideAUniversitysName() {
    assertEntity("ORGANIZATION:Oklahoma A&M University",
        "A study by researchers at Oklahoma A&M University estimated the cost at $2 billion.", "Oklahoma A&M University");
  }

  @Test
  void anArticleBeforeAnAmpersandWithASpaceStaysAnArticle() {
    assertEntity("ORGANIZATION:Hartley & Finch", "A & B shares rose as Hartley & Finch reported higher sales.", "Hartley & Finch");
  }
}
