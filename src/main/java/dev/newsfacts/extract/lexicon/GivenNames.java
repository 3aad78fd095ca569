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
  /** The larger list of {@link #loadWith}, sorted ("F|M|U name" lines), or null; {@link #gender} wins over it. */
  private final SortedLines more;

  private GivenNames(Map<String, Character> gender, SortedLines more) {
    this.gender = Map.copyOf(gender);
    this.more = more;
  }

  public static GivenNames load() {
    Map<String, Character> m = new HashMap<>();
    read(RESOURCE, m);
    return new GivenNames(m, null);
  }

  /**
   * The list {@link #load()} reads plus a larger one ("F|M|U name" lines, U for either gender, sorted by
   * name as {@link SortedLines} reads it): the entity step's wider net for people; where both lists name
   * a gender, the first list's wins.
   */
  public static GivenNames loadWith(String extraResource) {
    Map<String, Character> m = new HashMap<>();
    read(RESOURCE, m);
    return new GivenNames(m, SortedLines.read(extraResource, 2));
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
    Character listed = gender.get(givenName);
    char g = listed != null ? listed : more != null ? more.tagOf(givenName) : 0;
    return g == 'U' ? 0 : g;
  }

  public boolean isKnown(String givenName) {
    return gender.containsKey(givenName) || more != null && more.contains(givenName);
  }
}
