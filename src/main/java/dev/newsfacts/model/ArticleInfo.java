package dev.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Article-level metadata; {@code text} is present only for HTML input, whose offsets index it. */
public record ArticleInfo(
    String title,
    Dateline dateline,
    String publishedDate,
    String language,
    Counts counts,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text) {}
