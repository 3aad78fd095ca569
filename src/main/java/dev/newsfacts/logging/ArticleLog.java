package dev.newsfacts.logging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.time.Duration;

/**
 * The log line for one article. Built only from the outcome's metadata (source, counts,
 * error code and message), so no article text can reach a log. Absent fields are omitted.
 *
 * @param level {@code INFO} for a result, {@code WARN} for an error document
 * @param event always {@code article}
 * @param requestId the Lambda request id, or the CLI run id
 * @param bucket S3 bucket of the input (Lambda)
 * @param key S3 key of the input (Lambda)
 * @param path input path relative to the input folder (CLI)
 * @param outcome {@code result} or {@code error}
 * @param errorCode the error document's code (errors only)
 * @param errorMessage the error document's message, which never quotes the article (errors only)
 * @param bytes input size in bytes, when known
 * @param paragraphs paragraphs seen (results only)
 * @param sentences sentences seen (results only)
 * @param tokens tokens seen (results only)
 * @param entities entities written (results only)
 * @param quotes quotes written (results only)
 * @param millis wall-clock time of extraction for this article
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleLog(
    String level,
    String event,
    String requestId,
    String bucket,
    String key,
    String path,
    String outcome,
    String errorCode,
    String errorMessage,
    Long bytes,
    Integer paragraphs,
    Integer sentences,
    Integer tokens,
    Integer entities,
    Integer quotes,
    long millis) {

  /** The line for {@code outcome}, which took {@code elapsed}; {@code requestId} may be null. */
  public static ArticleLog of(String requestId, Outcome outcome, Duration elapsed) {
    long ms = elapsed.toMillis();
    if (outcome instanceof Outcome.Success s) {
      ResultDocument r = s.result();
      SourceRef src = r.source();
      Counts c = r.article().counts();
      return new ArticleLog("INFO", "article", requestId, bucket(src), key(src), path(src), "result", null, null,
          size(src), c.paragraphs(), c.sentences(), c.tokens(), r.entities().size(), r.quotes().size(), ms);
    }
    ErrorDocument e = ((Outcome.Failure) outcome).error();
    SourceRef src = e.source();
    return new ArticleLog("WARN", "article", requestId, bucket(src), key(src), path(src), "error",
        e.error().code().name(), e.error().message(), size(src), null, null, null, null, null, ms);
  }

  private static String bucket(SourceRef s) {
    return s == null ? null : s.bucket();
  }

  private static String key(SourceRef s) {
    return s == null ? null : s.key();
  }

  private static String path(SourceRef s) {
    return s == null ? null : s.path();
  }

  private static Long size(SourceRef s) {
    return s == null || s.size() < 0 ? null : s.size();
  }
}
