package dev.newsfacts.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsfacts.json.ResultJson;
import java.io.UncheckedIOException;

/**
 * The structured log line written per article: request id, object, outcome, counts, timings.
 * Never any article text (keys and error codes only), so logs can be kept and shared freely.
 */
public record ArticleLog(
    String requestId, String bucket, String key, String outcome, String errorCode, String kind,
    long bytes, int quotes, int entities, double readMs, double extractMs, double writeMs) {

  // one line per event: the shared mapper without its indentation
  private static final ObjectWriter LINE = ResultJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  public static ArticleLog of(String requestId, ArticleReport r) {
    return new ArticleLog(requestId, r.bucket(), r.key(), r.outcome().label(), r.errorCode(), r.kind(),
        r.bytes(), r.quotes(), r.entities(), r.readMs(), r.extractMs(), r.writeMs());
  }

  /** This record as one JSON line, without a line break. */
  public String toJson() {
    return line(this);
  }

  /** Any small log record as one JSON line (used for invocation summaries too). */
  static String line(Object record) {
    try {
      return LINE.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise a log line", e);
    }
  }
}
