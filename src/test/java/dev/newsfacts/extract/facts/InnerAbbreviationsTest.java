package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A source after "according to" keeps an abbreviation that opens a name. */
class InnerAbbreviationsTest {
  private static String source(String text) {
    int from = text.indexOf("according to ") + "according to ".length();
    return SourcePhrases.afterAccordingTo(text, from, text.length());
  }

  @Test
  void saintBeforeAPlaceStaysInTheSource() {
    assertEquals("St. Charles County tax records",
        source("The lot sold for $240,000, according to St. Charles County tax records."));
  }

  @Test
  void mountBeforeAHospitalStaysInTheSource() {
    assertEquals("Mt. Hope Hospital", source("Admissions doubled, according to Mt. Hope Hospital, in the week."));
  }

  @Test
  void aStopAfterAWholeWordStillEndsTheSource() {
    assertEquals("court records", source("He owed $9,000, according to court records. St. Paul officials declined."));
  }
}
