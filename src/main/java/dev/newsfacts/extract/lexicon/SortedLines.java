package dev.newsfacts.extract.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A long list kept as its file's bytes and looked up by binary search over them: a header of lines
 * starting with {@code #} (and blank lines), then one entry a line, sorted by their UTF-8 bytes
 * ({@code LC_ALL=C sort}), with no space around an entry. A line may start with a tag of fixed width
 * before its entry ("F Anna": tag 'F', entry "Anna").
 * Reading 15,000 towns so is one read: nothing is done per line until a lookup probes it, where an index
 * of the lines cost a cold start ~50 ms of CPU over the five lists. The shape is not checked as the list
 * is read; {@link #requireWellFormed} checks it, and a test runs it over every list shipped.
 * Immutable and thread-safe.
 */
public final class SortedLines {
  private final byte[] bytes;
  /** The same bytes, one char each, so that the JDK's indexOf and lastIndexOf find line ends and spaces. */
  private final String chars;
  /** Bytes before each entry on its line: its tag and a separator. */
  private final int tagWidth;
  /** Where the first entry starts: after the header. */
  private final int body;

  private SortedLines(byte[] bytes, int tagWidth) {
    this.bytes = bytes;
    this.chars = new String(bytes, StandardCharsets.ISO_8859_1);
    this.tagWidth = tagWidth;
    int b = 0;
    while (b < bytes.length && (bytes[b] == '#' || bytes[b] == '\n' || blankLine(b))) b = lineEnd(b) + 1;
    this.body = Math.min(b, bytes.length);
  }

  /** The list in {@code resource}; fails when it is missing. */
  public static SortedLines read(String resource) {
    return read(resource, 0);
  }

  /** As {@link #read(String)}, each line starting with a tag of {@code tagWidth} bytes, separator included. */
  public static SortedLines read(String resource, int tagWidth) {
    try {
      return of(ResourceBytes.read(resource), tagWidth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SortedLines of(byte[] bytes, int tagWidth) {
    return new SortedLines(bytes, tagWidth);
  }

  /**
   * Fails when {@code bytes} is not a list this class can search: a comment or blank line after the first
   * entry, an entry with spaces around it (or none after its tag), entries not sorted by their bytes.
   */
  public static void requireWellFormed(String name, byte[] bytes, int tagWidth) {
    SortedLines list = of(bytes, tagWidth);
    int previous = -1;
    for (int a = list.body; a < bytes.length; ) {
      int e = list.lineEnd(a);
      int k = a + tagWidth;
      if (e == a || bytes[a] == '#' || list.blankLine(a)) {
        throw new IllegalStateException(name + ": a comment or blank line among the entries at byte " + a);
      }
      if (k >= list.entryEnd(a) || isSpace(bytes[k]) || isSpace(bytes[list.entryEnd(a) - 1])) {
        throw new IllegalStateException(name + ": an entry with spaces around it at byte " + a);
      }
      if (previous >= 0 && list.compareEntry(previous, bytes, k, list.entryEnd(a)) > 0) {
        throw new IllegalStateException(name + " is not sorted (LC_ALL=C sort) at byte " + a);
      }
      previous = a;
      a = e + 1;
    }
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t';
  }

  /** Whether the line starting at {@code a} holds only spaces and tabs (and a carriage return). */
  private boolean blankLine(int a) {
    int e = entryEnd(a);
    for (int i = a; i < e; i++) if (!isSpace(bytes[i])) return false;
    return true;
  }

  /** The end of the line starting at or running over {@code a}: its line feed, or the end of the bytes. */
  private int lineEnd(int a) {
    int e = chars.indexOf('\n', a);
    return e < 0 ? bytes.length : e;
  }

  /** Where the entry of the line starting at {@code a} ends: before its line feed and any carriage return. */
  private int entryEnd(int a) {
    int e = lineEnd(a);
    return e > a && bytes[e - 1] == '\r' ? e - 1 : e;
  }

  /** Whether {@code entry} is one of the entries, exactly. */
  public boolean contains(String entry) {
    return lineOf(entry) >= 0;
  }

  /** The tag (its first byte, as a character) of the entry {@code entry}, or 0 when there is no such entry. */
  public char tagOf(String entry) {
    int line = lineOf(entry);
    return line < 0 || tagWidth == 0 ? 0 : (char) (bytes[line] & 0xff);
  }

  /** Where the line of {@code entry} starts, or -1 when no line holds it. */
  private int lineOf(String entry) {
    byte[] key = entry.getBytes(StandardCharsets.UTF_8);
    // lo and hi are line starts (or the end): the lines in between are those left to search
    int lo = body;
    int hi = bytes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int a = Math.max(lo, chars.lastIndexOf('\n', mid - 1) + 1);
      int c = compareEntry(a, key, 0, key.length);
      if (c == 0) return a;
      if (c < 0) lo = lineEnd(a) + 1;
      else hi = a;
    }
    return -1;
  }

  /** The entry of the line starting at {@code a} against bytes {@code ya..ye} of {@code y}, as unsigned bytes. */
  private int compareEntry(int a, byte[] y, int ya, int ye) {
    int xa = Math.min(a + tagWidth, bytes.length);
    return Arrays.compareUnsigned(bytes, xa, Math.max(xa, entryEnd(a)), y, ya, ye);
  }

  /** The number of entries (counted on each call). */
  public int size() {
    int n = 0;
    for (int a = body; a < bytes.length; a = lineEnd(a) + 1) n++;
    return n;
  }

  /**
   * The most words (runs split at single spaces) any entry has; 1 for an empty list. Counted on each call,
   * one step a space, so call it once.
   */
  public int mostWords() {
    int most = 1;
    int line = -1;
    int words = 1;
    for (int sp = chars.indexOf(' ', body + tagWidth); sp >= 0; sp = chars.indexOf(' ', sp + 1)) {
      int start = chars.lastIndexOf('\n', sp) + 1;
      if (sp < start + tagWidth) continue;  // the separator after a tag
      if (start != line) {
        line = start;
        words = 1;
      }
      most = Math.max(most, ++words);
    }
    return most;
  }
}
