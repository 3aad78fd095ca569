package dev.newsfacts.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Given names with the gender they usually carry, from the list shipped in the jar. */
public final class GivenNames {
  private static final String RESOURCE = "/dev/newsfacts/lexicon/first-names.txt";
  private final Map<String, Character> gender;

  private GivenNames(Map<String, Character> gender) {
    this.gender = Map.copyOf(gender);
  }

  public static GivenNames load() {
    Map<String, Character> m = new HashMap<>();
    try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IOException(RESOURCE + " is missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        m.put(line.substring(2).trim(), line.charAt(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GivenNames(m);
  }

  /** 'M', 'F' or 0 when the name is unknown or ambiguous. */
  public char genderOf(String givenName) {
    Character g = gender.get(givenName);
    return g == null ? 0 : g;
  }

  public boolean isKnown(String givenName) {
    return gender.containsKey(givenName);
  }
}
