package dev.newsfacts.extract.entities;

/**
 * A person's name in the text with the title words before it.
 *
 * @param titleStart where the title starts ({@code start} when there is none)
 * @param title the title words as written ("US State Department spokesman"), or ""
 */
public record PersonMention(int titleStart, int start, int end, String text, String title) {}
