package dev.newsfacts.extract.text;

/**
 * Recognises non-article inputs by their magic numbers, or by NUL and control bytes in the
 * first kilobytes. Runs on raw bytes before any decoding (and after a UTF-16 byte-order
 * mark has been honoured, since UTF-16 text is full of NUL bytes).
 */
final class BinarySniffer {
  private BinarySniffer() {}

  /** The sniffed media type, or null when the bytes look like text. */
  static String describe(byte[] b, int length, int sniffLimit) {
    String magic = magic(b, length);
    if (magic != null) return magic;
    int n = Math.min(length, sniffLimit);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) return "application/octet-stream";
      if (isControl(c)) control++;
    }
    // A few stray control characters happen in real copy; one in ten bytes does not.
    return control * 10 > n ? "application/octet-stream" : null;
  }

  /** The same control-character test over decoded text (UTF-16 input), or null when it looks like text. */
  static String describeText(String text, int sniffLimit) {
    int n = Math.min(text.length(), sniffLimit);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) return "application/octet-stream";
      if (c < 0x20 && isControl(c)) control++;
    }
    return control * 10 > n ? "application/octet-stream" : null;
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }

  private static String magic(byte[] b, int n) {
    if (startsWith(b, n, "%PDF")) return "application/pdf";
    if (startsWith(b, n, "PK\u0003\u0004") || startsWith(b, n, "PK\u0005\u0006")) return "application/zip";
    if (startsWith(b, n, "\u0089PNG")) return "image/png";
    if (n > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "image/jpeg";
    if (startsWith(b, n, "GIF8")) return "image/gif";
    if (n > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return "application/gzip";
    if (startsWith(b, n, "BZh")) return "application/x-bzip2";
    if (startsWith(b, n, "7z\u00bc\u00af\u0027\u001c")) return "application/x-7z-compressed";
    if (startsWith(b, n, "\u00fd7zXZ\u0000")) return "application/x-xz";
    if (startsWith(b, n, "\u007fELF")) return "application/x-elf";
    if (startsWith(b, n, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1")) return "application/x-ole-storage";
    if (startsWith(b, n, "{\\rtf")) return "application/rtf";
    // the short magics below also open English words, so a second field must agree
    if (startsWith(b, n, "RIFF") && n >= 12 && (at(b, 8, "WAVE") || at(b, 8, "WEBP") || at(b, 8, "AVI "))) {
      return "application/x-riff";
    }
    if (startsWith(b, n, "OggS") && n >= 5 && b[4] == 0) return "audio/ogg";
    if (startsWith(b, n, "ID3") && n >= 4 && (b[3] & 0xFF) <= 4) return "audio/mpeg";
    return null;
  }

  private static boolean at(byte[] b, int offset, String magic) {
    for (int i = 0; i < magic.length(); i++) {
      if ((b[offset + i] & 0xFF) != magic.charAt(i)) return false;
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int n, String magic) {
    if (n < magic.length()) return false;
    for (int i = 0; i < magic.length(); i++) {
      if ((b[i] & 0xFF) != magic.charAt(i)) return false;
    }
    return true;
  }
}
