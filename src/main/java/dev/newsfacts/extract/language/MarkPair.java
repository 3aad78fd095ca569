package dev.newsfacts.extract.language;

/** An opening and a closing quotation mark whose sides are fixed (« », „ “), unlike the straight ". */
public record MarkPair(char open, char close) {}
