package dev.newsfacts.json;

import java.util.Arrays;

/**
 * A compact JSON writer for {@link DocumentWriter}: the calls it makes of Jackson's streaming generator, with
 * the bytes Jackson's UTF-8 generator writes at its defaults (no spaces; quote, backslash, backspace, tab, line
 * feed, form feed and carriage return escaped with a backslash and a letter, other controls as a backslash, u
 * and four upper-case hex digits; other characters as UTF-8 but surrogates, each escaped as the controls are;
 * a double as {@link Double#toString}, NaN and the infinities as strings).
 * Why not Jackson's generator: {@code new JsonFactory()} and its generator load ~70 classes (its parsers
 * too) and set up their tables, ~20 ms of CPU on a cold start; {@code JsonOutTest} compares the two.
 */
final class JsonOut {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private byte[] buf;
  private int len;
  /** Per open object or array (index = depth - 1): whether a value was written in it yet. */
  private boolean[] written = new boolean[8];
  private int depth;
  /** A field name was just written: its value takes no separator. */
  private boolean afterName;

  JsonOut(int capacity) {
    buf = new byte[capacity];
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  void writeStartObject() {
    open('{');
  }

  void writeEndObject() {
    close('}');
  }

  void writeStartArray() {
    open('[');
  }

  void writeEndArray() {
    close(']');
  }

  void writeFieldName(String name) {
    if (written[depth - 1]) put(',');
    written[depth - 1] = true;
    quoted(name);
    put(':');
    afterName = true;
  }

  void writeNull() {
    beforeValue();
    ascii("null");
  }

  void writeString(String s) {
    beforeValue();
    if (s == null) ascii("null");
    else quoted(s);
  }

  void writeNumberField(String name, int value) {
    writeFieldName(name);
    beforeValue();
    ascii(Integer.toString(value));
  }

  void writeNumberField(String name, long value) {
    writeFieldName(name);
    beforeValue();
    ascii(Long.toString(value));
  }

  void writeNumberField(String name, double value) {
    writeFieldName(name);
    beforeValue();
    if (Double.isFinite(value)) ascii(Double.toString(value));
    else quoted(Double.toString(value));
  }

  void writeBooleanField(String name, boolean value) {
    writeFieldName(name);
    beforeValue();
    ascii(value ? "true" : "false");
  }

  private void open(char bracket) {
    beforeValue();
    put(bracket);
    if (depth == written.length) written = Arrays.copyOf(written, depth * 2);
    written[depth++] = false;
  }

  private void close(char bracket) {
    depth--;
    put(bracket);
  }

  /** The comma before an array's second and later values; none after a field name or at the root. */
  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      if (written[depth - 1]) put(',');
      written[depth - 1] = true;
    }
  }

  private void quoted(String s) {
    put('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '"', '\\' -> escape(c);
          case '\b' -> escape('b');
          case '\t' -> escape('t');
          case '\n' -> escape('n');
          case '\f' -> escape('f');
          case '\r' -> escape('r');
          default -> {
            if (c < 0x20) unicodeEscape(c);
            else put(c);
          }
        }
      } else if (c < 0x800) {
        room(2);
        buf[len++] = (byte) (0xC0 | (c >> 6));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(c);
      } else {
        room(3);
        buf[len++] = (byte) (0xE0 | (c >> 12));
        buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    put('"');
  }

  private void escape(char c) {
    put('\\');
    put(c);
  }

  private void unicodeEscape(char c) {
    room(6);
    buf[len++] = '\\';
    buf[len++] = 'u';
    buf[len++] = HEX[(c >> 12) & 0xF];
    buf[len++] = HEX[(c >> 8) & 0xF];
    buf[len++] = HEX[(c >> 4) & 0xF];
    buf[len++] = HEX[c & 0xF];
  }

  /** Text of ASCII characters alone (numbers, literals). */
  private void ascii(String s) {
    room(s.length());
    for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
  }

  private void put(char c) {
    room(1);
    buf[len++] = (byte) c;
  }

  private void room(int n) {
    if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
  }
}
