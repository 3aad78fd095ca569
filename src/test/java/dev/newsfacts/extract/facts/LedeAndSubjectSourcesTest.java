package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sources a statistic's own sentence gives only by reference: the lede's organisation, a lower-case owner after
 * "according to", a person behind an owned role, a person subject past a relative clause, a pollster after a
 * longer phrase, a study's publisher.
 */
class LedeAndSubjectSourcesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static StatisticFact statistic(String text, double value) {
    return StatisticOf.value(extractor, text, value);
  }

  @Test
  void aLaterFigureWithNoSourceTakesTheOrganisationOfTheLede() {
    StatisticFact s = statistic("Employers added 142,000 jobs last month, the Labor Department said Friday.\n\n"
        + "Average hourly wages rose 3.8% from a year earlier, still faster than inflation.", 0.038);
    assertNotNull(s);
    assertEquals("Department of Labor", s.attribution().name());
  }

  @Test
  void aLaterFigureWithNoSourceTakesTheNamedSurveyOfTheLede() {
    StatisticFact s = statistic("Two in five adults in Wales now drink too much, according to the Welsh Lifestyle "
        + "Survey published on Tuesday.\n\nThe survey, run by the Welsh Government, asked 3,000 people about their "
        + "habits, officials said.\n\nThe report was welcomed by doctors.\n\nOnly 58% of children ate five portions "
        + "of fruit a day.", 0.58);
    assertNotNull(s);
    assertEquals("Welsh Lifestyle Survey", s.attribution() == null ? null : s.attribution().name());
  }

  @Test
  void aFigureInASentenceNamingAnotherOrganisationDoesNotTakeTheLede() {
    StatisticFact s = statistic("Employers added 142,000 jobs last month, the Labor Department said Friday.\n\n"
        + "Shares of Harbor Freight Inc. rose 4% in early trading, the company said.", 0.04);
    assertNotNull(s);
    assertEquals("Harbor Freight Inc.", s.attribution() == null ? null : s.attribution().name());
  }

  @Test
  void aLowerCaseOwnerAfterAccordingToStandsForTheOrganisationNamedBefore() {
    StatisticFact s = statistic("The Labor Department released its figures on Friday. The unemployment rate ticked up to "
        + "4.3%, according to the department's monthly jobs report.", 0.043);
    assertNotNull(s);
    assertEquals("Department of Labor", s.attribution().name());
  }

  @Test
  void aRoleOwnedByTheOrganisationAfterAccordingToGivesThePerson() {
    StatisticFact s = statistic("Asian universities now take 27 of the top 100 places, according to Halden Insight's "
        + "head of research, Dr Olivia Grant.", 27);
    assertNotNull(s);
    assertEquals("Olivia Grant", s.attribution().name());
  }

  @Test
  void aPersonSubjectPastARelativeClauseIsTheSource() {
    StatisticFact s = statistic("Regional Development Minister Carla Nunes, who flew over the area on Friday, promised "
        + "2 billion reais in emergency federal aid.", 2e9);
    assertNotNull(s);
    assertEquals("Carla Nunes", s.attribution().name());
  }

  @Test
  void aPollsterAfterALongerPhraseIsTheSourceOfTheEstimate() {
    StatisticFact s = statistic("Quarterly profit fell to 402 billion yen, below the 455 billion yen average estimate of "
        + "12 analysts polled by LSEG.", 455e9);
    assertNotNull(s);
    assertEquals("LSEG", s.attribution().name());
  }

  @Test
  void theFirmThatConductedASurveyIsTheSourceOfItsSampleSize() {
    StatisticFact s = statistic("A survey of 850 dairy farmers conducted by Lincoln University in May found most "
        + "expected lower prices.", 850);
    assertNotNull(s);
    assertEquals("Lincoln University", s.attribution().name());
  }

  @Test
  void thePollsterThatCarriedOutASurveyIsTheSourceOfItsSampleSize() {
    StatisticFact s = statistic("The survey of 1,530 tenants was carried out by Ipsos in the spring.", 1530);
    assertNotNull(s);
    assertEquals("Ipsos", s.attribution().name());
  }

  @Test
  void figuresOfANounStandingForTheDepartmentNamedBeforeAreItsOwn() {
    StatisticFact s = statistic("The Oregon Department of Forestry said the fire season had begun early.\n\n"
        + "Department figures show crews have fought 214 fires since June.", 214);
    assertNotNull(s);
    assertEquals("Oregon Department of Forestry", s.attribution().name());
  }

  @Test
  void aStudyPublishedByAnOrganisationIsItsSource() {
    StatisticFact s = statistic("The rankings, published on Tuesday by London-based analytics firm Halden Insight, "
        + "assessed 1,620 universities in 104 countries.", 1620);
    assertNotNull(s);
    assertEquals("Halden Insight", s.attribution().name());
  }

  @Test
  void aFigureTheLedeGaveNoOrganisationForStaysUnsourced() {
    StatisticFact s = statistic("Floods have killed at least 83 people, officials said.\n\n"
        + "Nearly 40 bridges were washed away.", 40);
    assertNotNull(s);
    assertNull(s.attribution());
  }
}
