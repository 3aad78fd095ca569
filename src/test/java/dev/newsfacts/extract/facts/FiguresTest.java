package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static List<Figure> find(String s) {
    return Figures.find(s, 0, s.length());
  }

  private static Figure only(String s) {
    List<Figure> f = find(s);
    assertEquals(1, f.size(), "figures in: " + s + " -> " + f);
    return f.get(0);
  }

  @Test
  void normalisesThousandsSeparators() {
    Figure f = only("a record of around 110,000 drug overdose deaths");
    assertEquals(110000, f.value());
    assertTrue(f.approximate());
    assertEquals("around 110,000", f.text());
  }

  @Test
  void multipliesScaleWords() {
    assertEquals(1_200_000, only("some 1.2 million voters").value());
    assertEquals(3_500_000_000.0, only("a loan of $3.5bn in aid").value());
  }

  @Test
  void namesTheCurrencyOfMoney() {
    assertEquals("US dollars", only("a loan of $7 billion").currency());
  }

  @Test
  void turnsPercentagesAndFractionsIntoShares() {
    assertEquals(0.42, only("42 percent of voters").value(), 1e-9);
    assertEquals(0.667, only("some two-thirds of them").value(), 1e-9);
    assertEquals(0.17, only("a 17-point lead").value(), 1e-9);
    assertTrue(only("nearly half of them").share());
  }

  @Test
  void readsSmallNumberWordsThatCountSomething() {
    Figure f = only("is pursuing three more of his sons");
    assertEquals(3, f.value());
    assertFalse(f.approximate());
  }

  @Test
  void skipsYearsDatesDurationsAndCodes() {
    assertEquals(List.of(), find("in 2006 and on Oct. 5, after two years, the COVID-19 and F-35 files"));
  }

  @Test
  void skipsNumberWordsAfterADeterminer() {
    assertEquals(List.of(), find("the two countries agreed"));
  }

  @Test
  void centsArePartsOfADollar() {
    Figure f = only("Analysts had expected earnings of 98 cents a share.");
    assertEquals(0.98, f.value(), 1e-9);
    assertEquals("US dollars", f.currency());
    assertEquals("98 cents", f.text());
  }

  @Test
  void penceArePartsOfAPound() {
    Figure f = only("A loaf now costs 45 pence more than last spring.");
    assertEquals(0.45, f.value(), 1e-9);
    assertEquals("pounds sterling", f.currency());
  }

  @Test
  void perCentIsStillAShareNotCents() {
    Figure f = only("Rents rose 12 per cent in the city.");
    assertEquals(0.12, f.value(), 1e-9);
    assertTrue(f.share());
  }
  @Test
  void oneInFiveIsAShare() {
    Figure f = only("One in five patients has waited more than a year.");
    assertEquals(0.2, f.value(), 1e-9);
    assertTrue(f.share());
  }

  @Test
  void aRatioWithDigitsAndAnApproximationIsAnApproximateShare() {
    Figure f = only("Nearly 1 in 4 students skipped meals.");
    assertEquals(0.25, f.value(), 1e-9);
    assertTrue(f.approximate());
  }

  @Test
  void compoundNumberWordsAddUp() {
    assertEquals(0.58, only("Fifty-eight per cent of respondents disapproved.").value(), 1e-9);
  }

  @Test
  void aMarkedNumberWordAfterTheIsStillAFigure() {
    assertEquals(0.03, only("The three-point gap is within the margin.").value(), 1e-9);
  }

  @Test
  void basisPointsAreHundredthsOfAPercentagePoint() {
    assertEquals(0.005, only("The bank cut its main rate by 50 basis points.").value(), 1e-12);
    assertEquals(0.0006, only("The yield rose 6 bps on the day.").value(), 1e-12);
  }

  @Test
  void aCurrencySignOtherThanTheDollarNamesItsCurrency() {
    Figure f = only("The average home is now worth NZ$1.21m, agents say.");
    assertEquals(1_210_000, f.value(), 1e-6);
    assertEquals("New Zealand dollars", f.currency());
  }

  @Test
  void aCurrencyCodeBeforeTheAmountNamesItsCurrency() {
    Figure f = only("Net sales rose to SEK 9.8bn in the quarter.");
    assertEquals(9_800_000_000.0, f.value(), 1e-3);
    assertEquals("Swedish crowns", f.currency());
  }

  @Test
  void aDollarSignAfterACountrysLettersNamesItsDollar() {
    Figure f = only("The seized horns were valued at N$1.2 million by the court.");
    assertEquals(1_200_000, f.value(), 1e-6);
    assertEquals("Namibian dollars", f.currency());
  }

  @Test
  void aDollarSignWithLettersMayTakeASpaceBeforeTheAmount() {
    Figure f = only("Garment shipments earned US$ 4.3 billion last year.");
    assertEquals(4_300_000_000.0, f.value(), 1e-3);
    assertEquals("US dollars", f.currency());
  }

  @Test
  void aRangeIsItsLowEndMarkedAsItsHighEnd() {
    Figure f = only("Banks offer fixed rates of between 4.49 and 4.99 per cent.");
    assertEquals(0.0449, f.value(), 1e-12);
    assertEquals("4.49 and 4.99 per cent", f.text());
    assertEquals(0.12, only("The company kept its growth target of 12-14% for the year.").value(), 1e-9);
  }

  @Test
  void fromOneFigureToAnotherIsAChangeNotARange() {
    assertEquals(2, find("Inflation rose from 2.1% to 2.4% in November.").size());
  }

  @Test
  void degreesAfterAFigureAreItsMeasure() {
    Figure f = only("Pledges put the world on track for warming of 2.3 to 2.5C this century.");
    assertEquals(2.3, f.value(), 1e-9);
    assertEquals("degrees Celsius", f.measure());
  }

  @Test
  void aDecimalWithoutItsLeadingZeroIsARate() {
    Figure f = only("The shortstop hit .298 this season.");
    assertEquals(0.298, f.value(), 1e-9);
  }

  @Test
  void anAverageDurationIsAFigure() {
    assertEquals(46, only("Homes are taking a median of 46 days to sell.").value());
  }

  @Test
  void durationsAfterAnAverageInTheSentenceAreFigures() {
    assertEquals(2, find("The average storm lasted 22 days last year, up from 11 days in the 1990s.").size());
  }

  @Test
  void durationsThatPlaceAnEventInTimeAreNoFigures() {
    assertEquals(List.of(), find("The storm hit two years ago and the town has rebuilt over the last 15 years."));
  }

  @Test
  void durationsThatAreFindingsAreFigures() {
    assertEquals(2, find("The storm lasted 22 days and the clean-up took two years.").size());
  }

  @Test
  void readsAFractionOfAPointAsAShareOfAPercentagePoint() {
    assertEquals(0.0025, only("cut its benchmark rate by a quarter point in September").value(), 1e-9);
    assertEquals(0.005, only("raised rates by half a percentage point").value(), 1e-9);
    assertTrue(only("cut its benchmark rate by a quarter point").share());
  }

  @Test
  void aPollsSplitWrittenWithADashIsTwoFigures() {
    List<Figure> figures = find("By 61%-35%, voters said the tax should stay.");
    assertEquals(2, figures.size());
    assertEquals(0.61, figures.get(0).value(), 1e-9);
    assertEquals(0.35, figures.get(1).value(), 1e-9);
  }

  @Test
  void aTemperatureWrittenWithASpaceBeforeTheCIsInDegreesCelsius() {
    Figure f = only("temperatures of 34 to 36 C for the region");
    assertEquals(34, f.value());
    assertEquals("degrees Celsius", f.measure());
  }

  @Test
  void aHyphenatedPercentIsAShare() {
    assertEquals(0.02, only("the central bank's two-percent target").value(), 1e-9);
  }

  @Test
  void lakhsAndCroresMultiplyAsIndianEnglishWritesThem() {
    assertEquals(187_000, only("cases stood at 1.87 lakh by the end of October").value());
    assertEquals(11_500_000_000.0, only("the group has invested Rs 1,150 crore in the plant").value());
  }

  @Test
  void indianDigitGroupingIsOneNumber() {
    assertEquals(233_251, only("the state reported 2,33,251 cases last year").value());
  }

  @Test
  void theShillingAndTheRandAreWrittenAsLettersBeforeTheAmount() {
    Figure petrol = only("petrol now costs Sh184.52 a litre in Nairobi");
    assertEquals(184.52, petrol.value());
    assertEquals("Kenyan shillings", petrol.currency());
    Figure revenue = only("revenue of R352.4 billion for the year");
    assertEquals(352_400_000_000.0, revenue.value());
    assertEquals("South African rand", revenue.currency());
  }

  @Test
  void theRinggitAndTheCediSignsNameTheirCurrencies() {
    Figure bond = only("The state fund sold RM2.5 billion of bonds on Monday.");
    assertEquals(2_500_000_000.0, bond.value());
    assertEquals("Malaysian ringgit", bond.currency());
    Figure fine = only("The regulator fined the distributor GH\u00a23 million.");
    assertEquals(3_000_000, fine.value());
    assertEquals("Ghanaian cedis", fine.currency());
  }

  @Test
  void thePesoIsALetterBeforeTheAmountWithItsScaleJoinedByAHyphen() {
    Figure aid = only("The province set aside P120-million for flood relief.");
    assertEquals(120_000_000, aid.value());
    assertEquals("Philippine pesos", aid.currency());
  }

  @Test
  void aOneLetterCodeBeforeAFigureRunningIntoLettersIsNoCurrency() {
    assertTrue(find("the P2P lender had 40 staff").stream().allMatch(f -> f.currency() == null));
  }

  @Test
  void aOneLetterCodeInsideAWordOrBeforeASpaceIsNoCurrency() {
    assertTrue(find("pupils moved from grade R 2 years ago, 40 of them").stream().allMatch(f -> f.currency() == null));
    assertTrue(find("the TOUR5 team scored 12 points").stream().allMatch(f -> f.currency() == null));
  }

  @Test
  void aThreeLetterCodeEndingALongerWordIsNoCurrency() {
    assertTrue(find("the AMATEUR 40 squad won the cup").stream().allMatch(f -> f.currency() == null));
  }

  @Test
  void aThreeLetterCodeAfterASpaceNamesItsCurrency() {
    assertEquals("euros", only("The club paid EUR 40 million for the striker.").currency());
  }

  @Test
  void pointsAfterAShareAreItsPercentagePoints() {
    Figure f = only("The Greens said they had increased their share of the vote by 4 points since 2021.");
    assertEquals(0.04, f.value(), 1e-9);
    assertTrue(f.share());
  }

  @Test
  void pointsWithoutAShareBeforeThemStayACount() {
    assertEquals(31, only("The striker scored 31 points in the final quarter.").value());
  }

  @Test
  void dirhamsWrittenDhBeforeTheAmountAreUaeDirhams() {
    Figure f = only("Buyers signed deals worth Dh68.3 billion in September.");
    assertEquals(68_300_000_000.0, f.value(), 1e-3);
    assertEquals("UAE dirhams", f.currency());
  }

  @Test
  void anAmountPerAUnitAfterASlashIsAFigure() {
    Figure f = only("Spot rates on the lane climbed to $3,412/FEU this week.");
    assertEquals(3412, f.value(), 1e-9);
    assertEquals("US dollars", f.currency());
  }

  @Test
  void aBareNumberBeforeASlashIsStillNoFigure() {
    assertTrue(find("The helpline runs 24/7 and takes calls in 12 languages.").stream().noneMatch(f -> f.value() == 24));
  }

  @Test
  void oneBeforePercentagePointsIsAFigure() {
    Figure f = only("Occupancy averaged 89% in August, one percentage point below last year.".substring(34));
    assertEquals(0.01, f.value(), 1e-9);
  }

  @Test
  void oneBeforePerCentIsAFigure() {
    assertEquals(0.01, only("Only one per cent of the land is farmed.").value(), 1e-9);
  }

  @Test
  void oneBeforePercentInAHeadlineStyleIsAFigure() {
    assertEquals(0.01, only("The bank raised its rate by one percent on Thursday.").value(), 1e-9);
  }

  @Test
  void oneAloneIsStillNoFigure() {
    assertTrue(find("One of the drivers was hurt in the crash.").isEmpty());
  }
}
