package dev.newsfacts.aws;

/**
 * Where a result goes: {@code <prefix><input key>.json}, or {@code .error.json} for an error
 * document (contract, "Where a result goes").
 */
public record ResultKeys(String outputBucket, String prefix) {

  public String result(String inputKey) {
    return prefix + inputKey + ".json";
  }

  public String error(String inputKey) {
    return prefix + inputKey + ".error.json";
  }

  /** The review page of an input (opt-in, {@code REVIEW_PAGES}): beside its result. */
  public String page(String inputKey) {
    return prefix + inputKey + ".html";
  }

  /**
   * True for an object this function writes (or may write): processing it would write into
   * the watched location and could trigger the function again, so it is refused.
   */
  public boolean isOwnOutput(String bucket, String key) {
    return bucket.equals(outputBucket) && key.startsWith(prefix);
  }
}
