package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "According to the report" credits the report the story named before, not a source called "report". */
class BareStudySourceTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aStudyNounAloneAfterTheArticlePointsBack() {
    assertTrue(BareStudySource.pointsBack("the report"));
    assertTrue(BareStudySource.pointsBack("report"));
    assertFalse(BareStudySource.pointsBack("court documents"));
  }

  @Test
  void figuresAccordingToTheReportAreTheAgencyThatPublishedIt() {
    StatisticFact s = StatisticOf.value(extractor, "Ghana's inflation eased to 21.5 per cent in August, the Ghana "
        + "Statistical Service said on Wednesday.\n\nThe service released the figures in its monthly bulletin in "
        + "Accra.\n\nAccording to the report, food inflation slowed to 18.2 per cent.", 0.182);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Ghana Statistical Service", s.attribution().name());
  }
}
