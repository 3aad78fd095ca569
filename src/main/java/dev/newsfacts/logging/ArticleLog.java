package dev.newsfacts.logging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsfacts.model.Counts;
import dev.newsfacts.run.ArticleOutcome;
import dev.newsfacts.run.ArticleReport;

/**
 * The log line for one article, the same from the CLI and the Lambda. Built only from the
 * article's report (where it came from, outcome, counts, error code and message), so no article
 * text can reach a log. Absent fields are omitted.
 *
 * @param level {@code WARN} for an error document, else {@code INFO}
 * @param event always {@code article}
 * @param requestId the Lambda request id, or the CLI run id
 * @param bucket S3 bucket of the input (Lambda, rerun)
 * @param key S3 key of the input (Lambda, rerun)
 * @param path input path relative to the input folder (CLI extract)
 * @param outcome {@code result}, {@code error}, {@code skipped} (unchanged) or {@code refused} (own output)
 * @param errorCode the error document's code (errors only)
 * @param errorMessage the error document's message, which never quotes the article (errors only)
 * @param kind what the bytes looked like: {@code text}, {@code html} or {@code binary} (when read)
 * @param bytes input size in bytes, when known
 * @param paragraphs paragraphs seen (results only)
 * @param sentences sentences seen (results only)
 * @param tokens tokens seen (results only)
 * @param entities entities written (results only)
 * @param quotes quotes written (results only)
 * @param written where the document went (a key or a path), when one was written
 * @param readMs time to read the input, in milliseconds
 * @param extractMs time to extract, in milliseconds
 * @param writeMs time to write the document (and page), in milliseconds
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
    String kind,
    Long bytes,
    Integer paragraphs,
    Integer sentences,
    Integer tokens,
    Integer entities,
    Integer quotes,
    String written,
    double readMs,
    double extractMs,
    double writeMs) {

  /** The line for one article's report; {@code requestId} may be null. */
  public static ArticleLog of(String requestId, ArticleReport r) {
    boolean result = r.outcome() == ArticleOutcome.RESULT;
    Counts c = r.counts();
    return new ArticleLog(r.outcome() == ArticleOutcome.ERROR ? "WARN" : "INFO", "article", requestId,
        r.bucket(), r.key(), r.path(), r.outcome().label(), r.errorCode(), r.errorMessage(), r.kind(),
        r.bytes() < 0 ? null : r.bytes(), c == null ? null : c.paragraphs(), c == null ? null : c.sentences(),
        c == null ? null : c.tokens(), result ? r.entities() : null, result ? r.quotes() : null, r.written(),
        r.readMs(), r.extractMs(), r.writeMs());
  }
}
