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
}
