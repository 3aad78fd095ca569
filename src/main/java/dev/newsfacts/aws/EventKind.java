package dev.newsfacts.aws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which handler takes a payload, told by its fields: S3 events go to {@link ExtractHandler}; Step
 * Functions batches, S3 Batch Operations jobs and run reports to {@link RerunHandler}.
 */
public enum EventKind {
  S3_EVENT("an S3 event", "ExtractHandler", "ExtractFunction"),
  MAP_BATCH("a Step Functions Distributed Map batch (Items)", "RerunHandler", "RerunFunction"),
  BATCH_OPERATIONS("an S3 Batch Operations task list (tasks)", "RerunHandler", "RerunFunction"),
  RUN_REPORT("a rerun's Map report (ResultWriterDetails)", "RerunHandler", "RerunFunction"),
  UNKNOWN("not an event any handler takes (an S3 event has Records from aws:s3)", null, null);

  private final String description;
  private final String handler;
  private final String function;

  EventKind(String description, String handler, String function) {
    this.description = description;
    this.handler = handler;
    this.function = function;
  }

  public static EventKind of(JsonNode payload) {
    if (payload == null || !payload.isObject()) return UNKNOWN;
    JsonNode records = payload.path("Records");
    if (records.isArray() && !records.isEmpty() && "aws:s3".equals(records.get(0).path("eventSource").asText())) {
      return S3_EVENT;
    }
    if (payload.has("Items")) return MAP_BATCH;
    if (payload.has("tasks")) return BATCH_OPERATIONS;
    if (payload.has("ResultWriterDetails")) return RUN_REPORT;
    return UNKNOWN;
  }

  public String description() {
    return description;
  }

  /** The handler class that takes it ({@code dev.newsfacts.aws.<name>}), or null. */
  public String handler() {
    return handler;
  }

  /** Its function in template.yaml, or null. */
  public String function() {
    return function;
  }
}
