package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a statistic's source is named with more than one organisation. */
class StatisticSourcesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static StatisticFact statistic(String text, double value) {
    return StatisticOf.value(extractor, text, value);
  }

  @Test
  void accordingToAnOrganisationsPartTheSourceIsThePart() {
    StatisticFact s = statistic("About 22 million households spend more than 30 percent of their income on rent, "
        + "according to Harvard University's Joint Center for Housing Studies.", 22_000_000);
    assertNotNull(s);
    assertEquals("Joint Center for Housing Studies", s.attribution().name());
  }

  @Test
  void aReportedSpeakerTheQuoteStepNamedInPartIsTheWholeOrganisation() {
    StatisticFact s = statistic("The Federal Bureau of Investigation (FBI) warned hospitals on Wednesday of a campaign "
        + "that has hit at least 27 health systems since November.", 27);
    assertNotNull(s);
    assertEquals("Federal Bureau of Investigation", s.attribution().name());
  }

  @Test
  void aPartOfAWholeCountsWhatTheWholeCounts() {
    String text = "Rents rose faster than wages in 41 of the 50 largest cities last year, a report by the Urban Institute found.";
    StatisticFact part = statistic(text, 41);
    assertNotNull(part);
    assertTrue(part.quantity().unit().startsWith("largest cities"), part.quantity().unit());
    assertEquals(null, statistic(text, 50));
  }

  @Test
  void aPartOfAWholeAfterAPossessiveCountsWhatTheWholeCounts() {
    String text = "The Sharks won 9 of their 14 matches this season, the club said.";
    StatisticFact part = statistic(text, 9);
    assertNotNull(part);
    assertTrue(part.quantity().unit().startsWith("matches"), part.quantity().unit());
  }

  @Test
  void moreAfterAFigureCountsWhatTheSentenceCountedBefore() {
    StatisticFact s = statistic("The county health department has confirmed 112 heat deaths so far this year "
        + "and is investigating 214 more.", 214);
    assertNotNull(s);
    assertEquals("heat deaths", s.quantity().unit());
  }

  @Test
  void aSubjectOwnedByAPlaceIsTheSource() {
    StatisticFact s = statistic("Chicago's Regional Transit Authority carried 400 million riders last year.", 400_000_000);
    assertNotNull(s);
    assertEquals("Regional Transit Authority", s.attribution().name());
  }

  @Test
  void aLedeNamingAPollsOwnerGivesTheFiguresOfTheNextParagraphs() {
    String text = "Rail commuters report more delays\n\n"
        + "Commuters are spending longer on crowded trains, according to a survey released Tuesday by the "
        + "Rail Passengers Association.\n\n"
        + "The online poll of 1,820 regular riders found that most had stood for part of their trip.\n\n"
        + "Among those who travel at rush hour, 64% said their train had been late at least once a week.";
    StatisticFact s = statistic(text, 0.64);
    assertNotNull(s);
    assertEquals("Rail Passengers Association", s.attribution().name());
  }

  @Test
  void aSchoolReportCardNamesItsPublisher() {
    StatisticFact s = statistic("Just 38% of fourth-graders met the reading standard, state report cards released "
        + "Thursday by the Kentucky Department of Education show.", 0.38);
    assertNotNull(s);
    assertEquals("Kentucky Department of Education", s.attribution().name());
  }

  @Test
  void aPollsCandidatesNamedLaterSpeakForNoneOfItsFigures() {
    String text = "Governor's race tightens\n\n"
        + "The race for governor of Nevada has narrowed to a statistical tie, a new Silver State University poll shows.\n\n"
        + "Kendra Morales, the Democratic nominee, has 46% support among likely voters.\n\n"
        + "Republican Tom Avery trails with 45%, down from 49% in September.";
    StatisticFact s = statistic(text, 0.45);
    assertNotNull(s);
    assertEquals("Silver State University", s.attribution().name());
  }

  @Test
  void aMonthBeforeAForecastIsNoOwnerOfIt() {
    StatisticFact s = statistic("The trade group in March forecast that airlines would earn $31 billion this year.", 31e9);
    assertNotNull(s);
    assertTrue(s.attribution() == null || !s.attribution().name().equals("March"), String.valueOf(s.attribution()));
  }

  @Test
  void aLargeCountAfterOfCountsTheNounBeforeIt() {
    StatisticFact s = statistic("Last month builders started homes at an annual pace of 1.31 million.", 1_310_000);
    assertNotNull(s);
    assertEquals("annual pace", s.quantity().unit());
  }

  @Test
  void aStatisticsOfficeIsNoStudyOfItsOwner() {
    StatisticFact s = statistic("Industrial output fell 1.2 percent in March, the EU's statistics office Eurostat said.", 0.012);
    assertNotNull(s);
    assertEquals("Eurostat", s.attribution().name());
  }

  @Test
  void aPollTwoOrganisationsRunTogetherNamesBoth() {
    StatisticFact s = statistic("Some 54 percent of adults back the plan, according to a new Chicago Tribune/WGN News poll.", 0.54);
    assertNotNull(s);
    assertEquals("Chicago Tribune/WGN News", s.attribution().name());
  }

  @Test
  void aSecondHeadlineLineIsNoLedeSoTheSourceAfterTheLedeStillCarries() {
    String text = "Lottery sales climb\n\nTicket buyers return as jackpots grow.\n\n"
        + "Lottery sales in the state rose in the year to June as a run of large jackpots drew back players who had "
        + "drifted away during the pandemic.\n\n"
        + "Sales reached $1.9 billion, up 6.2 percent, according to the Lottery Control Commission.\n\n"
        + "Scratch tickets made up 61 percent of sales.";
    StatisticFact s = statistic(text, 0.61);
    assertNotNull(s);
    assertEquals("Lottery Control Commission", s.attribution().name());
  }
}
