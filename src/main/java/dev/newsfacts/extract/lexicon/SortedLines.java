package dev.newsfacts.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A long list kept as its file's bytes and looked up by binary search: one entry a line, lines starting
 * with {@code #} and blank lines skipped, entries sorted by their UTF-8 bytes ({@code LC_ALL=C sort}).
 * A line may start with a tag of fixed width before its entry ("F Anna": tag 'F', entry "Anna").
 * Reading 15,000 towns so is one read and one pass, where a set would build and hash a string for each.
 * Immutable and thread-safe.
 */
public final class SortedLines {
  private final byte[] bytes;
  /** Bytes before each entry on its line: its tag and a separator. */
  private final int tagWidth;
  /** Where entry i starts and ends (exclusive) in {@link #bytes}, in sorted order. */
  private final int[] starts;
  private final int[] ends;
  private final int mostWords;

  private SortedLines(byte[] bytes, int tagWidth, int[] starts, int[] ends, int mostWords) {
    this.bytes = bytes;
    this.tagWidth = tagWidth;
    this.starts = starts;
    this.ends = ends;
    this.mostWords = mostWords;
  }

  /** The list in {@code resource}; fails when it is missing, unsorted, or has an entry with spaces around it. */
  public static SortedLines read(String resource) {
    return read(resource, 0);
  }

  /** As {@link #read(String)}, each line starting with a tag of {@code tagWidth} bytes, separator included. */
  public static SortedLines read(String resource, int tagWidth) {
    try (InputStream in = SortedLines.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException(resource + " is missing from the classpath");
      return of(resource, in.readAllBytes(), tagWidth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SortedLines of(String name, byte[] bytes, int tagWidth) {
    // one char per byte, so that the JDK's indexOf finds line ends and spaces: a byte loop of ours would run
    // interpreted over the whole file on a cold JVM
    String chars = new String(bytes, StandardCharsets.ISO_8859_1);
    int[] starts = new int[64];
    int[] ends = new int[64];
    int n = 0;
    int mostWords = 1;
    for (int a = 0; a < bytes.length; ) {
      int b = chars.indexOf('\n', a);
      if (b < 0) b = bytes.length;
      int e = b > a && bytes[b - 1] == '\r' ? b - 1 : b;
      // only a line that starts with a space or tab can be blank: no byte loop over every entry
      if (e > a && bytes[a] != '#' && !(isSpace(bytes[a]) && blank(bytes, a, e))) {
        int k = a + tagWidth;
        if (k >= e || isSpace(bytes[k]) || isSpace(bytes[e - 1])) {
          throw new IllegalStateException(name + ": an entry with spaces around it at byte " + a);
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = k;
        ends[n] = e;
        int words = 1;
        for (int sp = chars.indexOf(' ', k, e); sp >= 0; sp = chars.indexOf(' ', sp + 1, e)) words++;
        mostWords = Math.max(mostWords, words);
        if (n > 0 && compare(bytes, starts[n - 1], ends[n - 1], bytes, k, e) > 0) {
          throw new IllegalStateException(name + " is not sorted (LC_ALL=C sort) at byte " + a);
        }
        n++;
      }
      a = b + 1;
    }
    return new SortedLines(bytes, tagWidth, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), mostWords);
  }

  private static boolean blank(byte[] bytes, int a, int e) {
    for (int i = a; i < e; i++) if (!isSpace(bytes[i])) return false;
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t';
  }

  /** Whether {@code entry} is one of the entries, exactly. */
  public boolean contains(String entry) {
    return indexOf(entry) >= 0;
  }

  /** The tag (its first byte, as a character) of the entry {@code entry}, or 0 when there is no such entry. */
  public char tagOf(String entry) {
    int i = indexOf(entry);
    return i < 0 || tagWidth == 0 ? 0 : (char) (bytes[starts[i] - tagWidth] & 0xff);
  }

  private int indexOf(String entry) {
    byte[] key = entry.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(bytes, starts[mid], ends[mid], key, 0, key.length);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The number of entries. */
  public int size() {
    return starts.length;
  }

  /** The most words (runs split at single spaces) any entry has; 1 for an empty list. */
  public int mostWords() {
    return mostWords;
  }

  private static int compare(byte[] x, int xa, int xe, byte[] y, int ya, int ye) {
    return Arrays.compareUnsigned(x, xa, xe, y, ya, ye);
  }
}
