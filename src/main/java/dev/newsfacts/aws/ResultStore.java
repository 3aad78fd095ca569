package dev.newsfacts.aws;

import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.run.PageSink;
import dev.newsfacts.run.ResultSink;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Writes result and error documents (and, through {@link PageSink}, review pages) to the output
 * bucket, and reads back what was written.
 */
public final class ResultStore implements ResultSink, PageSink.Pages {
  /** User metadata keys (S3 lower-cases them); timings stay out so retries write identical objects. */
  static final String META_SHA = "content-sha256";
  static final String META_VERSION = "extractor-version";
  static final String META_OUTCOME = "outcome";

  private final S3Client s3;
  private final ResultKeys keys;

  public ResultStore(S3Client s3, ResultKeys keys) {
    this.s3 = s3;
    this.keys = keys;
  }

  public ResultKeys keys() {
    return keys;
  }

  @Override
  public boolean owns(SourceRef origin) {
    return origin.bucket() != null && keys.isOwnOutput(origin.bucket(), origin.key());
  }

  @Override
  public String write(String inputKey, Outcome outcome, byte[] article) {
    if (outcome instanceof Outcome.Success s) {
      ResultDocument r = s.result();
      return write(inputKey, true, r, r.contentSha256(), r.extractor().version());
    }
    ErrorDocument e = ((Outcome.Failure) outcome).error();
    ExtractorInfo x = e.extractor();
    return write(inputKey, false, e, e.contentSha256(), x == null ? null : x.version());
  }

  /**
   * Writes the document and removes its stale counterpart (an old error document once the article
   * succeeds, or the reverse), so exactly one of the two exists per input.
   *
   * <p>The stale one goes first. Each PUT is atomic (a reader sees the old object or the whole new
   * one, never part of it), so the only in-between state is after the delete and before the PUT:
   * no document at all. That state is safe: the call throws, the invocation or batch fails and is
   * retried, and a rerun that finds no document processes the article. The reverse order could
   * leave both documents after a failed delete, and a rerun would then skip the article (its
   * result is up to date) and keep the stale error document for ever.
   *
   * @return the key written
   */
  public String write(String inputKey, boolean success, Object document, String sha, String extractorVersion) {
    String target = success ? keys.result(inputKey) : keys.error(inputKey);
    String stale = success ? keys.error(inputKey) : keys.result(inputKey);
    Map<String, String> meta = new java.util.TreeMap<>();
    if (sha != null) meta.put(META_SHA, sha);
    meta.put(META_VERSION, extractorVersion);
    meta.put(META_OUTCOME, success ? "result" : "error");
    try {
      s3.deleteObject(DeleteObjectRequest.builder().bucket(keys.outputBucket()).key(stale).build());
      s3.putObject(PutObjectRequest.builder().bucket(keys.outputBucket()).key(target)
          .contentType("application/json").metadata(meta).build(), RequestBody.fromBytes(ResultJson.toBytes(document)));
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot write s3://" + keys.outputBucket() + "/" + target + ": " + e.getMessage(), e);
    }
    return target;
  }

  /** Writes the review page of an input (UTF-8 HTML) beside its result. */
  @Override
  public void write(String inputKey, String html) {
    String target = keys.page(inputKey);
    try {
      s3.putObject(PutObjectRequest.builder().bucket(keys.outputBucket()).key(target)
          .contentType("text/html; charset=utf-8").build(),
          RequestBody.fromBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot write s3://" + keys.outputBucket() + "/" + target + ": " + e.getMessage(), e);
    }
  }

  /** Removes a review page left from a time the input still had a result. */
  @Override
  public void delete(String inputKey) {
    try {
      s3.deleteObject(DeleteObjectRequest.builder().bucket(keys.outputBucket()).key(keys.page(inputKey)).build());
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot delete s3://" + keys.outputBucket() + "/" + keys.page(inputKey), e);
    }
  }

  /**
   * The stored result for an input (or its error document), when there is one: from its metadata,
   * without downloading it (so the error code and the quotes are not known).
   */
  @Override
  public Optional<Stored> stored(String inputKey) {
    Optional<Stored> r = head(keys.result(inputKey), false);
    return r.isPresent() ? r : head(keys.error(inputKey), true);
  }

  private Optional<Stored> head(String key, boolean error) {
    try {
      HeadObjectResponse h = s3.headObject(HeadObjectRequest.builder().bucket(keys.outputBucket()).key(key).build());
      Map<String, String> m = h.metadata();
      return Optional.of(new Stored(m.get(META_SHA), m.get(META_VERSION), error, null, 0));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      // Without s3:ListBucket a missing key answers 403, not 404: treat as absent, which only
      // costs a reprocessing, never a skipped article.
      if (e.statusCode() == 404 || e.statusCode() == 403) return Optional.empty();
      throw new S3UnavailableException("cannot read s3://" + keys.outputBucket() + "/" + key + ": " + e.getMessage(), e);
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot read s3://" + keys.outputBucket() + "/" + key + ": " + e.getMessage(), e);
    }
  }
}
