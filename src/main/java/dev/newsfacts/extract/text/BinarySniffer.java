package dev.newsfacts.extract.text;

/** Recognises binary inputs by their magic numbers or by control bytes in the first kilobytes. */
final class BinarySniffer {
  private BinarySniffer() {}

  /** A short description of the binary kind, or null when the bytes look like text. */
  static String describe(byte[] b, int limit) {
    if (startsWith(b, "%PDF")) return "application/pdf";
    if (startsWith(b, "PK\u0003\u0004")) return "application/zip";
    if (startsWith(b, "\u0089PNG")) return "image/png";
    if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return "image/jpeg";
    if (startsWith(b, "GIF8")) return "image/gif";
    if (b.length > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return "application/gzip";
    int n = Math.min(b.length, limit);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) return "application/octet-stream";
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
    }
    // A few stray control characters happen in real copy; one in ten bytes does not.
    return control * 10 > n ? "application/octet-stream" : null;
  }

  private static boolean startsWith(byte[] b, String magic) {
    if (b.length < magic.length()) return false;
    for (int i = 0; i < magic.length(); i++) {
      if ((b[i] & 0xFF) != magic.charAt(i)) return false;
    }
    return true;
  }
}
