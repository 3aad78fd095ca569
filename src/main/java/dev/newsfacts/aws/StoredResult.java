package dev.newsfacts.aws;

/**
 * What the metadata of an already written result says: enough to tell whether the same input was
 * already processed by the same extractor, without downloading the document.
 */
public record StoredResult(String key, String contentSha256, String extractorVersion) {

  public boolean matches(String sha, String version) {
    return sha != null && sha.equals(contentSha256) && version.equals(extractorVersion);
  }
}
