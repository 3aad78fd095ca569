package dev.newsfacts.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The extractor's name and version, filtered into the jar by Maven at build time. */
public final class ExtractorVersion {
  public static final String NAME = "newsfacts";

  private ExtractorVersion() {}

  public static String read() {
    Properties p = new Properties();
    try (InputStream in = ExtractorVersion.class.getResourceAsStream("/dev/newsfacts/version.properties")) {
      if (in == null) return "dev";
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "dev");
  }
}
