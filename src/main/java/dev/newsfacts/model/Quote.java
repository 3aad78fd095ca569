package dev.newsfacts.model;

/** Something a source said: quoted words (direct, partial) or reported speech (indirect). */
public record Quote(
    String id, QuoteKind kind, String text, int start, int end, Speaker speaker, TextSpan cue, double confidence) {}
