package dev.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where the input came from: {@code bucket}/{@code key} (with version and ETag) for S3,
 * {@code path} (relative to the input folder) for a local run. Absent fields are omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(
    String bucket, String key, String versionId, String eTag, String path, long size, String contentType) {

  public static SourceRef local(String path, long size, String contentType) {
    return new SourceRef(null, null, null, null, path, size, contentType);
  }

  public static SourceRef s3(String bucket, String key, String versionId, String eTag, long size, String contentType) {
    return new SourceRef(bucket, key, versionId, eTag, null, size, contentType);
  }
}
