package dev.newsfacts.model;

/**
 * Who said a quote. {@code name} is the fullest name the article gives (null for unnamed
 * sources, which carry a {@code description}); {@code mention} points at the words naming
 * the source for this quote, the pronoun itself when the text says "he"; {@code rule} names
 * the attribution sieve that decided (null when no source was found).
 */
public record Speaker(
    String name, String entityId, String description, TextSpan mention, Resolution resolution, String rule) {}
