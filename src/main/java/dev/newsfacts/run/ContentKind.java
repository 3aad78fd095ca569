package dev.newsfacts.run;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A first look at an object's bytes, for the log line and metrics only: the core decides what
 * it accepts (binary, encodings, HTML) on its own.
 */
public enum ContentKind {
  TEXT, HTML, BINARY;

  private static final int LOOK = 1024;

  public static ContentKind of(byte[] b) {
    if (b.length >= 4 && (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F'
        || b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4
        || (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8
        || (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B)) {
      return BINARY;
    }
    int n = Math.min(b.length, LOOK);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) return BINARY;
    }
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).strip();
    boolean html = head.startsWith("<!doctype html") || head.startsWith("<html")
        || head.startsWith("<") && (head.contains("<body") || head.contains("<p>") || head.contains("<article"));
    return html ? HTML : TEXT;
  }

  /** Lower-case name for JSON log lines. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
