package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistic sources given by a common noun: a poll, a survey, figures, named with their owner or named again. */
class CommonNounSourcesTest {
  private static StatisticFact statistic(String body, double value) {
    List<StatisticFact> all = FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2025-10-14"), StatisticFact.class);
    for (StatisticFact s : all) if (Math.abs(s.quantity().value() - value) < 1e-9) return s;
    return null;
  }

  private static String source(StatisticFact s) {
    return s.attribution() == null ? null : s.attribution().name();
  }

  @Test
  void aPollNamedInTheSentenceBeforeIsTheSourceOfTheFigures() {
    StatisticFact s = statistic("Confidence in Congress has fallen again, according to a new Gallup poll released on Tuesday. "
        + "Just 18 percent of adults said they trusted it.", 0.18);
    assertNotNull(s);
    assertEquals("Gallup", source(s));
  }

  @Test
  void theSurveyNamedAgainPointsBackToItsOwner() {
    StatisticFact s = statistic("Pew Research Center surveyed 5,100 adults in August. "
        + "Most respondents said they follow local news. The survey found that 42 percent pay for it.", 0.42);
    assertNotNull(s);
    assertEquals("Pew Research Center", source(s));
  }

  @Test
  void figuresFromAnOrganisationInTheSameSentenceNameIt() {
    StatisticFact s = statistic("Unemployment fell to 3.9 percent in September, figures from the Office for National "
        + "Statistics show.", 0.039);
    assertNotNull(s);
    assertEquals("Office for National Statistics", source(s));
  }

  @Test
  void aStudyByAnOrganisationNamesItsOwnerAfterTheNoun() {
    StatisticFact s = statistic("Employers expect pay to rise by 3 percent, a survey by the Chartered Institute of "
        + "Personnel and Development found.", 0.03);
    assertNotNull(s);
    assertEquals("Chartered Institute of Personnel and Development", source(s));
  }

  @Test
  void aSurveyByANameNoEntityWasFoundForNamesThatOwner() {
    StatisticFact s = statistic("The survey by Institut Valcour Opinion for the Courrier du Lac found 57% of voters "
        + "in favour of the tram.", 0.57);
    assertNotNull(s);
    assertEquals("Institut Valcour Opinion", source(s));
  }

  @Test
  void aFigureTwoSentencesOnThatNamesNoStudyHasNoSource() {
    StatisticFact s = statistic("The Gallup poll was published on Tuesday. The weather was cold. "
        + "Snow closed 12 schools across the county.", 12);
    assertNotNull(s);
    assertNull(source(s));
  }

  @Test
  void aStudyNounInCapitalsOrWithItsPluralStillNamesAStudy() {
    assertTrue(CommonNounSources.namesStudy("OFFICIAL FIGURES SHOW a fall."));
    assertTrue(CommonNounSources.namesStudy("Rankings published on Monday put the city third."));
    assertTrue(CommonNounSources.namesStudy("Treasury Projections differ."));
  }

  @Test
  void aSentenceWithoutAStudyNounOrWithABodyNamedByOneNamesNoStudy() {
    assertFalse(CommonNounSources.namesStudy("The minister spoke to reporters on Monday."));
    assertFalse(CommonNounSources.namesStudy("The statistics office said it would publish later."));
  }

  @Test
  void aPluralOwnerWithABareApostropheOwnsItsFigures() {
    StatisticFact s = statistic("Cargo traffic picked up in May. Harbour Logistics' figures show 4,200 containers were "
        + "handled that month.", 4200);
    assertNotNull(s);
    assertEquals("Harbour Logistics", source(s));
  }

  @Test
  void theLastWordOfALongerStudyTitleIsNoOwner() {
    StatisticFact s = statistic("Rents rose again this spring. The Northfield Trust said its latest Priced Out of the Market "
        + "study found that just 48 homes were affordable.", 48);
    assertNotNull(s);
    assertEquals("Northfield Trust", source(s));
  }
}
