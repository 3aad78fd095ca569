package dev.newsfacts.extract.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** Byte-order marks and strict decoding: a byte sequence either decodes exactly or not at all. */
final class ByteCharsets {
  /**
   * Windows-1252 for bytes 0x80-0x9F. The five bytes it leaves undefined map to the C1
   * control of the same value, as browsers do (WHATWG Encoding), so the fallback never fails
   * and never invents a replacement character.
   */
  private static final char[] CP1252_HIGH = {
      '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
      '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
      '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
      '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178'};

  private ByteCharsets() {}

  /** The charset a byte-order mark declares and the mark's length, or null without one. */
  static Bom bomOf(byte[] b, int length) {
    if (length >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) return new Bom("UTF-8", 3);
    if (length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) return new Bom("UTF-16LE", 2);
    if (length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) return new Bom("UTF-16BE", 2);
    return null;
  }

  record Bom(String charset, int length) {}

  /** Decodes {@code [from, to)} with {@code charset}, or null when a byte sequence is malformed. */
  static String strict(byte[] b, int from, int to, String charset) {
    try {
      return Charset.forName(charset).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Windows-1252, total: every byte gives exactly one char. */
  static String windows1252(byte[] b, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      int c = u(b[i]);
      out[i - from] = c >= 0x80 && c < 0xA0 ? CP1252_HIGH[c - 0x80] : (char) c;
    }
    return new String(out);
  }

  /** The largest end {@code <= limit} that does not cut a UTF-8 sequence or a UTF-16 code unit. */
  static int cutPoint(byte[] b, int limit, String charset) {
    if (charset.startsWith("UTF-16")) {
      int end = limit - (limit % 2);
      if (end >= 2) {
        boolean le = charset.endsWith("LE");
        int unit = le ? u(b[end - 2]) | u(b[end - 1]) << 8 : u(b[end - 2]) << 8 | u(b[end - 1]);
        // never keep the first half of a surrogate pair without its second half
        if (unit >= 0xD800 && unit <= 0xDBFF) end -= 2;
      }
      return end;
    }
    if (!"UTF-8".equals(charset)) return limit;
    int end = limit;
    // step back over continuation bytes (10xxxxxx) to the start of the cut sequence
    int back = 0;
    while (end > 0 && back < 3 && (u(b[end - 1]) & 0xC0) == 0x80) {
      end--;
      back++;
    }
    if (end > 0 && u(b[end - 1]) >= 0xC0) {
      int lead = u(b[end - 1]);
      int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
      return need == back ? limit : end - 1;
    }
    return limit;
  }

  private static int u(byte x) {
    return x & 0xFF;
  }
}
