package dev.newsfacts.aws;

/**
 * An input object named by an event, a batch item or a listing. The key is already
 * URL-decoded (S3 event keys arrive encoded; listings and batch items do not).
 */
public record ObjectRef(String bucket, String key) {
  public ObjectRef {
    if (bucket == null || bucket.isBlank() || key == null || key.isEmpty()) {
      throw new IllegalArgumentException("an S3 object needs a bucket and a key");
    }
  }
}
