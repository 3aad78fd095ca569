package dev.newsfacts.model;

/** Sizes of the article as the pipeline saw it. */
public record Counts(int paragraphs, int sentences, int tokens) {}
