package dev.newsfacts.aws;

/**
 * One object's outcome with counts and timings: returned to callers and logged as one JSON line.
 * Never holds article text.
 *
 * @param written the output key written, or null when nothing was written
 * @param errorCode the error document's code, or null
 * @param kind what the bytes looked like (text, html, binary), or null when they were not read
 */
public record ArticleReport(
    String bucket, String key, ArticleOutcome outcome, String written, String errorCode, String kind,
    long bytes, int quotes, int entities, double readMs, double extractMs, double writeMs) {

  static ArticleReport refused(ObjectRef ref) {
    return new ArticleReport(ref.bucket(), ref.key(), ArticleOutcome.REFUSED, null, null, null, -1, 0, 0, 0, 0, 0);
  }
}
