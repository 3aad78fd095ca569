package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure in digits with "times the …" after it is a multiple; "times a week" counts occasions. */
class MultipliersTest {
  private static List<Figure> find(String s) {
    return Figures.find(s, 0, s.length());
  }

  @Test
  void aDecimalTimesTheThresholdIsAMultiple() {
    List<Figure> f = find("Admissions were 3.7 times the seasonal average.");
    assertEquals(1, f.size(), f.toString());
    assertEquals(3.7, f.get(0).value());
    assertEquals("times", f.get(0).measure());
    assertEquals("3.7 times", f.get(0).text());
  }

  @Test
  void aMultipleWrittenInWordsStaysOut() {
    assertTrue(find("Rents in the city are three times the national average.").isEmpty());
  }

  @Test
  void timesAWeekCountsOccasions() {
    assertTrue(find("The bus now runs three times a week.").isEmpty());
  }
}
