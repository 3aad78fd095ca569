package dev.newsfacts.extract;

import java.util.HexFormat;

/**
 * SHA-256 of input bytes as hex: the {@code contentSha256} of every document, and what the
 * rerun and review steps compare against it. One implementation, so they always agree.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(Sha256.digest(bytes));
  }
}
