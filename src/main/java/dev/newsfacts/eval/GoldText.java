package dev.newsfacts.eval;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An article as the gold side sees it: code points of the decoded file (BOM kept: brat offsets
 * count it) and the map from code-point offsets to the Java {@code String} indexes (UTF-16, BOM
 * dropped) that result documents use.
 */
final class GoldText {
  final String name;
  /** The decoded file as code points, BOM kept. */
  final int[] raw;
  /** What the extractor sees: the decoded file without a leading BOM. */
  final String text;
  private final int bom;
  private final int[] u16;

  GoldText(String name, String decoded) {
    this.name = name;
    this.raw = decoded.codePoints().toArray();
    this.bom = decoded.startsWith("\uFEFF") ? 1 : 0;
    this.text = decoded.substring(bom);
    this.u16 = new int[raw.length + 1];
    int acc = 0;
    for (int i = 0; i < raw.length; i++) {
      u16[i] = acc;
      acc += Character.charCount(raw[i]);
    }
    u16[raw.length] = acc;
  }

  /** Code-point offset into the raw text -> Java String index into the text (clamped). */
  int j(int cp) {
    int c = Math.max(0, Math.min(cp, raw.length));
    return Math.max(0, u16[c] - bom);
  }

  int len16() {
    return text.length();
  }

  /** Python's {@code raw[a:b]} on code points: negative indexes count from the end, out of range clamps. */
  String rawSlice(int a, int b) {
    int n = raw.length;
    int s = a < 0 ? Math.max(0, a + n) : Math.min(a, n);
    int e = b < 0 ? Math.max(0, b + n) : Math.min(b, n);
    return e <= s ? "" : new String(raw, s, e - s);
  }

  static String read(Path file) throws EvalInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new EvalInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      // strict UTF-8, BOM kept: a BOM is a character to brat
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new EvalInputException(file + " is not valid UTF-8", e);
    }
  }
}
