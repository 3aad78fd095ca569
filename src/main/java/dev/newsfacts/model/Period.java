package dev.newsfacts.model;

/** The time a statistic covers, as ISO dates at the precision the text gives. */
public record Period(String from, String to, String text) {}
