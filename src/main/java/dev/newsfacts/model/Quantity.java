package dev.newsfacts.model;

/** A normalised number: 110000 for "110,000", 0.42 for "42 percent". */
public record Quantity(double value, boolean approximate, String unit, String text) {}
