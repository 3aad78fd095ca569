package dev.newsfacts.model;

/** Words of the article: {@code [start, end)} in UTF-16 units of the decoded text, and those words. */
public record TextSpan(int start, int end, String text) {}
