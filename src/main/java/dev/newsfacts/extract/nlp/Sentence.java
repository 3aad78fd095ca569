package dev.newsfacts.extract.nlp;

/** A sentence: offsets in the article, its tokens {@code [firstToken, endToken)}, its paragraph. */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) {}
