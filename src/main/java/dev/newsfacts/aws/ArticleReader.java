package dev.newsfacts.aws;

import dev.newsfacts.extract.InputHints;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.run.Read;
import java.io.IOException;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Reads an input object with a size bound; never holds more than the bound in memory, and never
 * returns fewer bytes than S3 said the object has.
 */
public final class ArticleReader {
  private final S3Client s3;
  private final long maxBytes;

  public ArticleReader(S3Client s3, long maxBytes) {
    this.s3 = s3;
    this.maxBytes = maxBytes;
  }

  /**
   * The latest version of the object, never an older one named by an event: a late retry of an old
   * event must not overwrite the result of newer content (it rewrites the same bytes instead).
   * The body is read inside the SDK's call, so a connection that breaks off mid-body, or a body
   * shorter than its Content-Length, is retried by the client's retry strategy like any other
   * transient failure ({@link S3Clients#retryStrategy()}).
   *
   * @throws S3UnavailableException when S3 fails for reasons other than the object being gone,
   *     including a download that stayed short on every attempt
   */
  public Read read(ObjectRef ref) {
    GetObjectRequest req = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key()).build();
    try {
      return s3.getObject(req, (response, in) -> readBounded(ref, response, in));
    } catch (NoSuchKeyException e) {
      SourceRef source = SourceRef.s3(ref.bucket(), ref.key(), null, null, -1, null);
      return new Read.Refused(source, ErrorCode.UNREADABLE, "the object no longer exists (deleted after it was announced)");
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot read s3://" + ref.bucket() + "/" + ref.key() + ": " + e.getMessage(), e);
    }
  }

  private Read readBounded(ObjectRef ref, GetObjectResponse r, AbortableInputStream in) {
    long size = r.contentLength() == null ? -1 : r.contentLength();
    SourceRef source = SourceRef.s3(ref.bucket(), ref.key(), r.versionId(), unquote(r.eTag()), size, r.contentType());
    if (size > maxBytes) {
      in.abort(); // do not download what will not be processed
      return new Read.Refused(source, ErrorCode.TOO_LARGE,
          "the input has " + size + " bytes; the limit (MAX_INPUT_BYTES) is " + maxBytes);
    }
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) maxBytes + 1);
    } catch (IOException e) {
      throw RetryableException.builder().message("the download broke off: " + e.getMessage()).cause(e).build();
    }
    if (bytes.length > maxBytes) {
      in.abort();
      return new Read.Refused(source, ErrorCode.TOO_LARGE, "the input is larger than the limit (MAX_INPUT_BYTES) of " + maxBytes);
    }
    if (size >= 0 && bytes.length != size) {
      // HTTP/1.1 ends a body at the connection's end as quietly as at its length: count
      throw RetryableException.create("short download: " + bytes.length + " of " + size + " bytes");
    }
    return new Read.Bytes(bytes, source, hints(r));
  }

  /**
   * What the uploader said about the article in its object metadata ({@code x-amz-meta-published},
   * {@code x-amz-meta-title}; the SDK gives the names without the prefix, lower-cased by S3).
   */
  static InputHints hints(GetObjectResponse r) {
    var meta = r.metadata();
    if (meta == null || meta.isEmpty()) return InputHints.NONE;
    String published = blankToNull(meta.get("published"));
    String title = blankToNull(meta.get("title"));
    return published == null && title == null ? InputHints.NONE : InputHints.objectMetadata(published, title);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String unquote(String eTag) {
    if (eTag == null) return null;
    return eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"") ? eTag.substring(1, eTag.length() - 1) : eTag;
  }
}
