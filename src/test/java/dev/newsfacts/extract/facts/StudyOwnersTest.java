package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A study's name is not its owner; a common noun before a study stands for the organisation named before. */
class StudyOwnersTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aSurveyNamedAfterItsOwnersPossessiveIsTheOwners() {
    StatisticFact s = StatisticOf.value(extractor, "Portugal welcomed 3.1 million tourists in August, the National "
        + "Statistics Institute (INE) said.\n\nVisitors spent €4.2 billion during the month, according to the INE's "
        + "Frontur survey.", 4.2e9);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("National Statistics Institute", s.attribution().name());
  }

  @Test
  void aCommonNounSurveyBelongsToTheOrganisationItNames() {
    StatisticFact s = StatisticOf.value(extractor, "The Queensland Nurses Union said staffing had not improved. "
        + "Its secretary, Paul Hensley, said a union survey of 3,200 members found 41 per cent planned to quit.", 0.41);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Queensland Nurses Union", s.attribution().name());
  }
}
