package dev.newsfacts.extract.text;

import dev.newsfacts.model.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into article text. UTF-8 (a BOM is dropped), refusing binary content
 * early: a NUL byte or a high share of control characters means it is not an article.
 */
public final class TextDecoder {
  private static final int SNIFF_BYTES = 8192;

  public DecodedText decode(byte[] bytes) throws InputRejectedException {
    if (bytes.length == 0) {
      throw new InputRejectedException(ErrorCode.EMPTY, "the input is empty (0 bytes)");
    }
    String binaryKind = BinarySniffer.describe(bytes, SNIFF_BYTES);
    if (binaryKind != null) {
      throw new InputRejectedException(ErrorCode.UNSUPPORTED_CONTENT, "binary content (" + binaryKind + ") is not an article");
    }
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputRejectedException(ErrorCode.DECODE_FAILED, "the input is not valid UTF-8 text");
    }
    if (text.isBlank()) {
      throw new InputRejectedException(ErrorCode.EMPTY, "the input holds only white space");
    }
    return new DecodedText(text, "UTF-8");
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}
