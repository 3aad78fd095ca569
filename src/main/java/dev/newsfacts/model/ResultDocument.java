package dev.newsfacts.model;

import java.util.List;

/** One article's extraction result; serialised field by field in declaration order. */
public record ResultDocument(
    String schemaVersion,
    SourceRef source,
    String contentSha256,
    ExtractorInfo extractor,
    ArticleInfo article,
    List<Entity> entities,
    List<Quote> quotes,
    List<Fact> facts) {

  public static final String SCHEMA_VERSION = "1";
}
