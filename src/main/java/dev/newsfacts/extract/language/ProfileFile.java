package dev.newsfacts.extract.language;

import dev.newsfacts.extract.text.WhiteSpace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of a profile folder: its lines split at white space, blank lines and {@code #} comments
 * skipped. Case is kept (honorifics such as "M." are matched as written).
 */
final class ProfileFile {
  private ProfileFile() {}

  static List<String[]> rows(String code, String name) {
    String resource = "/dev/newsfacts/language/" + code + "/" + name;
    List<String[]> out = new ArrayList<>();
    try (InputStream in = ProfileFile.class.getResourceAsStream(resource)) {
      if (in == null) return out;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) continue;
        out.add(WhiteSpace.words(s));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
