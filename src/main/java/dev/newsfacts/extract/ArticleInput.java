package dev.newsfacts.extract;

import dev.newsfacts.model.SourceRef;

/**
 * One article as it arrived: its bytes and where it came from. The adapters (CLI, Lambda)
 * build these; the core never touches files or buckets.
 */
public record ArticleInput(byte[] bytes, SourceRef source) {}
