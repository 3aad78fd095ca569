package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit written straight after a figure ("160km") makes it a measure in that unit. */
class GluedUnitsTest {
  private static List<Figure> find(String s) {
    return Figures.find(s, 0, s.length());
  }

  @Test
  void kilometresWrittenOntoTheFigureAreItsUnit() {
    List<Figure> f = find("Crews will replace 85km of water mains by 2028.");
    assertEquals(1, f.size(), f.toString());
    assertEquals(85, f.get(0).value());
    assertEquals("kilometres", f.get(0).measure());
    assertEquals("85km", f.get(0).text());
  }

  @Test
  void kilowattHoursKeepTheirCase() {
    assertEquals("kilowatt hours", GluedUnits.at("a 40kWh allowance", 4).name());
  }

  @Test
  void lettersThatAreNoUnitLeaveACode() {
    assertNull(GluedUnits.at("the 12kx model", 6));
    assertTrue(find("the 12kx model sold out").isEmpty());
  }
}
