package dev.newsfacts.extract.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The English names of the ISO 3166 countries as the JDK's locale data gives them
 * ({@code getDisplayCountry(Locale.ENGLISH)}), frozen in {@code entities/jdk-countries.txt}: asking the JDK
 * loads its locale data at start-up (about a tenth of a second of a cold start), and a frozen list keeps
 * the names, and so the results, the same whichever JDK runs the extractor.
 */
public final class CountryNames {
  /** One line per country, {@code CODE|Name}, in code order. */
  public static final String RESOURCE = "/dev/newsfacts/entities/jdk-countries.txt";

  private CountryNames() {}

  /** The code and English name of every country, in code order. */
  public record Country(String code, String name) {}

  public static List<Country> all() {
    List<Country> out = new ArrayList<>(260);
    for (String line : ResourceLines.read(RESOURCE)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      int bar = line.indexOf('|');
      if (bar < 0) throw new UncheckedIOException(new IOException(RESOURCE + ": no '|' in line " + line));
      out.add(new Country(line.substring(0, bar), line.substring(bar + 1)));
    }
    return out;
  }
}
