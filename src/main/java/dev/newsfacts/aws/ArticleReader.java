package dev.newsfacts.aws;

import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Reads an input object with a size bound; never holds more than the bound in memory. */
public final class ArticleReader {
  private final S3Client s3;
  private final long maxBytes;

  public ArticleReader(S3Client s3, long maxBytes) {
    this.s3 = s3;
    this.maxBytes = maxBytes;
  }

  /** What reading gave: the bytes, or a reason the object is not an article we can read. */
  public sealed interface Read {
    SourceRef source();
  }

  public record Bytes(byte[] bytes, SourceRef source) implements Read {}

  public record Refused(SourceRef source, ErrorCode code, String message) implements Read {}

  /**
   * The latest version of the object, never an older one named by an event: a late retry of an old
   * event must not overwrite the result of newer content (it rewrites the same bytes instead).
   *
   * @throws S3UnavailableException when S3 fails for reasons other than the object being gone
   */
  public Read read(ObjectRef ref) {
    GetObjectRequest req = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key()).build();
    try (ResponseInputStream<GetObjectResponse> in = s3.getObject(req)) {
      GetObjectResponse r = in.response();
      long size = r.contentLength() == null ? -1 : r.contentLength();
      SourceRef source = SourceRef.s3(ref.bucket(), ref.key(), r.versionId(), unquote(r.eTag()), size, r.contentType());
      if (size > maxBytes) {
        in.abort(); // do not download what will not be processed
        return new Refused(source, ErrorCode.TOO_LARGE,
            "the input has " + size + " bytes; the limit (MAX_INPUT_BYTES) is " + maxBytes);
      }
      byte[] bytes = in.readNBytes((int) maxBytes + 1);
      if (bytes.length > maxBytes) {
        return new Refused(source, ErrorCode.TOO_LARGE, "the input is larger than the limit (MAX_INPUT_BYTES) of " + maxBytes);
      }
      return new Bytes(bytes, source);
    } catch (NoSuchKeyException e) {
      SourceRef source = SourceRef.s3(ref.bucket(), ref.key(), null, null, -1, null);
      return new Refused(source, ErrorCode.UNREADABLE, "the object no longer exists (deleted after it was announced)");
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot read s3://" + ref.bucket() + "/" + ref.key() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new S3UnavailableException("reading s3://" + ref.bucket() + "/" + ref.key() + " broke off: " + e.getMessage(), e);
    }
  }

  static String unquote(String eTag) {
    if (eTag == null) return null;
    return eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"") ? eTag.substring(1, eTag.length() - 1) : eTag;
  }
}
