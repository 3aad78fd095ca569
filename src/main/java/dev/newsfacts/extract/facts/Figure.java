package dev.newsfacts.extract.facts;

/**
 * A figure in the text before its unit is known.
 *
 * @param share true for percentages and fractions (the value is a fraction of 1)
 * @param currency the currency the figure is in, or null
 * @param measure a unit the figure's own text gives other than a currency ("degrees Celsius" of "2.5C"), or null
 */
record Figure(int start, int end, String text, double value, boolean approximate, boolean share, String currency,
    String measure) {}
