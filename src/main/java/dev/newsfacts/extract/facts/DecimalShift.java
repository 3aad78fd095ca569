package dev.newsfacts.extract.facts;

/**
 * A decimal number times a power of ten, as the nearest double: the value {@code BigDecimal} arithmetic
 * gives, without loading {@code BigDecimal}, whose class set-up (large powers of five) costs a cold start
 * tens of milliseconds at its first figure. {@link Double#parseDouble} rounds the exact decimal value
 * correctly, as {@code BigDecimal.doubleValue} does, so both give the same double.
 */
final class DecimalShift {
  private DecimalShift() {}

  /**
   * {@code decimal} × 10^{@code powerOfTen} to the nearest double; {@code decimal} is plain ({@code "12.5"}) or
   * as {@link Double#toString} writes it ({@code "1.25E7"}).
   */
  static double times(String decimal, int powerOfTen) {
    int e = decimal.indexOf('E');
    String mantissa = e < 0 ? decimal : decimal.substring(0, e);
    int exponent = (e < 0 ? 0 : Integer.parseInt(decimal.substring(e + 1))) + powerOfTen;
    return Double.parseDouble(mantissa + "E" + exponent);
  }

  /** The digits of a plain decimal from its first non-zero one on: more than 16 and rounding to 16 may change it. */
  static int significantDigits(String plain) {
    int n = 0;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c >= '1' && c <= '9' || c == '0' && n > 0) n++;
    }
    return n;
  }
}
