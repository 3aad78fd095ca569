package dev.newsfacts.review;

import java.nio.charset.StandardCharsets;

/** Article bytes as the extractor decodes them: UTF-8, a leading BOM dropped, nothing else changed. */
final class ArticleText {
  private ArticleText() {}

  static String decode(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    return bom ? new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8) : new String(bytes, StandardCharsets.UTF_8);
  }
}
