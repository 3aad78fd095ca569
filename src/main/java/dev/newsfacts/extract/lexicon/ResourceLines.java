package dev.newsfacts.extract.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a UTF-8 text resource, as {@link java.io.BufferedReader#readLine} gives them (a line ends at
 * '\n', '\r' or "\r\n"; the terminator is dropped). The file is read whole and cut with {@link String#indexOf},
 * which OpenNLP's model loading has already made hot: a cold start reading every word list through
 * {@code readLine} made the JIT compile that reader and its decoder for a few thousand lines.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** The lines of {@code resource} (an absolute classpath name) in file order; fails when it is missing. */
  public static List<String> read(String resource) {
    try {
      return split(new String(ResourceBytes.read(resource), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> split(String text) {
    if (text.indexOf('\r') >= 0) return text.lines().toList();
    List<String> out = new ArrayList<>();
    int n = text.length();
    for (int from = 0; from < n; ) {
      int end = text.indexOf('\n', from);
      if (end < 0) end = n;
      out.add(text.substring(from, end));
      from = end + 1;
    }
    return out;
  }
}
