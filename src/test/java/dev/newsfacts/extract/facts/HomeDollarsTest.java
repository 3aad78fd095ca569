package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare "$" is the dollar of the country the story comes from; a marked one keeps its mark's currency. */
class HomeDollarsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  /** The currency of the statistic of {@code value}, without what it counts. */
  private static String currencyOf(String text, double value) {
    StatisticFact s = StatisticOf.value(extractor, text, value);
    assertNotNull(s, "no statistic of " + value);
    // the currency, without what the amount is of: "Canadian dollars (streetcars)"
    return s.quantity().unit().split(" \\(")[0];
  }

  @Test
  void aTorontoDatelineMakesABareDollarCanadian() {
    assertEquals("Canadian dollars", currencyOf("TORONTO (CP) — The city will spend $45 million on new streetcars "
        + "over the next three years, the mayor said on Tuesday.", 45_000_000));
  }

  @Test
  void aProvinceAfterTheCityDecidesOverTheCitysName() {
    assertEquals("Canadian dollars", currencyOf("SYDNEY, N.S. (CP) — The mill will cost $12 million to reopen, its "
        + "new owners said on Monday.", 12_000_000));
  }

  @Test
  void aCountryAfterTheCityInTheDatelineDecides() {
    assertEquals("Australian dollars", currencyOf("SYDNEY, Australia (AAP) — The state government will put $300 million "
        + "into new hospital beds, the premier said on Wednesday.", 300_000_000));
  }

  @Test
  void aWireAgencyThatMarksLocalDollarsKeepsUsDollarsForTheSign() {
    assertEquals("US dollars", currencyOf("TORONTO (Reuters) — The lender agreed to buy the insurer for C$4 billion "
        + "($2.9 billion), it said on Monday.", 2_900_000_000L));
  }

  @Test
  void aDatelineInTheUnitedStatesKeepsUsDollars() {
    assertEquals("US dollars", currencyOf("WASHINGTON (AP) — The Senate approved $45 million for new border "
        + "equipment on Thursday, sending the bill to the House.", 45_000_000));
  }

  @Test
  void aDatelineElsewhereKeepsUsDollarsEvenWhenTheStoryNamesCanada() {
    assertEquals("US dollars", currencyOf("LONDON (Reuters) — The miner agreed to pay $900 million for a copper "
        + "project in Canada, after two rival bids for the Canada-based owner failed.", 900_000_000));
  }

  @Test
  void withoutADatelineThePlacesTheStoryNamesMostDecide() {
    assertEquals("Australian dollars", currencyOf("Farmers in Queensland expect a record sugar crop worth $2.1 billion "
        + "this year.\n\nGrowers in Queensland and New South Wales said rain came at the right time.", 2_100_000_000));
  }

  @Test
  void aStoryThatWritesTheCountrysDollarOutKeepsUsDollarsForTheSign() {
    assertEquals("US dollars", currencyOf("British Columbia raised its carbon tax to 30 Canadian dollars a ton, about "
        + "$23 a ton.\n\nBritish Columbia has kept the tax since 2008, and British Columbia's economy grew.", 23));
  }

  @Test
  void aPlaceNamedOnlyOnceDoesNotMakeTheStoryThatCountrys() {
    assertEquals("US dollars", currencyOf("The retailer said sales rose to $4.2 billion in the quarter, helped by "
        + "new stores in Ontario.", 4_200_000_000.0));
  }

  @Test
  void anExplicitUsDollarSignWinsOverTheDateline() {
    assertEquals("US dollars", currencyOf("TORONTO (CP) — The bank raised US$2 billion in bonds on Monday to fund "
        + "its expansion south of the border.", 2_000_000_000));
  }

  @Test
  void anExplicitForeignDollarSignWinsOverTheDateline() {
    assertEquals("New Zealand dollars", currencyOf("TORONTO (CP) — The pension fund bought a stake in an Auckland "
        + "port for NZ$600 million, it said on Friday.", 600_000_000));
  }

  @Test
  void centsInAHongKongStoryAreHongKongCents() {
    assertEquals("Hong Kong dollars", currencyOf("HONG KONG — The fare for a single tram ride will rise by "
        + "50 cents next month, the operator said.", 0.5));
  }

  @Test
  void aSingaporeDatelineMakesABareDollarSingaporean() {
    assertEquals("Singapore dollars", currencyOf("SINGAPORE — The government will set aside $1.5 billion to help "
        + "older workers retrain, the finance minister said on Tuesday.", 1_500_000_000));
  }
}
