package dev.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Written instead of a result when an input cannot be processed: nothing is silently skipped. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDocument(
    String schemaVersion, SourceRef source, String contentSha256, ExtractorInfo extractor, ErrorInfo error) {}
