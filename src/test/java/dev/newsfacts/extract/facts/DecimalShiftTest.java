package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalShiftTest {
  private static final List<String> FIGURES = List.of("12.5", "0.1", "0.3", "3", "1234567.89", "2.675", "0.000123",
      "999999999999999.9", "4.35", "17.99", "0.07", "100", "1.1");

  @Test
  void aPlainFigureTimesAScaleIsTheDoubleBigDecimalGives() {
    for (String f : FIGURES) {
      for (int p : new int[] {0, 3, 6, 9, 12}) {
        double expected = new BigDecimal(f).multiply(BigDecimal.TEN.pow(p)).round(MathContext.DECIMAL64).doubleValue();
        assertEquals(expected, DecimalShift.times(f, p), f + "E" + p);
      }
    }
  }

  @Test
  void aDoubleMovedTwoPlacesLeftIsTheDoubleBigDecimalGives() {
    for (double d : new double[] {12.5, 0.1, 7.3, 1.0E7, 2.675E12, 1.0E-5, 33.333333333333336, 0.07}) {
      assertEquals(BigDecimal.valueOf(d).movePointLeft(2).doubleValue(), DecimalShift.times(Double.toString(d), -2),
          Double.toString(d));
    }
  }

  @Test
  void significantDigitsSkipLeadingZerosAndTheDecimalPoint() {
    assertEquals(3, DecimalShift.significantDigits("0.00123"));
    assertEquals(6, DecimalShift.significantDigits("1200.50"));
  }
}
