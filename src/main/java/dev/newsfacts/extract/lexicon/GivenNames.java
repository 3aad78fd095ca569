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
    read(RESOURCE, m);
    return new GivenNames(m);
  }

  /**
   * The list {@link #load()} reads plus a larger one ("F|M|U name" lines, U for either gender): the
   * entity step's wider net for people; where both lists name a gender, the first list's wins.
   */
  public static GivenNames loadWith(String extraResource) {
    Map<String, Character> m = new HashMap<>();
    read(extraResource, m);
    read(RESOURCE, m);
    return new GivenNames(m);
  }

  private static void read(String resource, Map<String, Character> into) {
    try (InputStream in = GivenNames.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException(resource + " is missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        into.put(line.substring(2).trim(), line.charAt(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 'M', 'F' or 0 when the name is unknown or ambiguous. */
  public char genderOf(String givenName) {
    Character g = gender.get(givenName);
    return g == null || g == 'U' ? 0 : g;
  }

  public boolean isKnown(String givenName) {
    return gender.containsKey(givenName);
  }
}
