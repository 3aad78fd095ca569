package dev.newsfacts.extract.lexicon;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The bytes of a resource on this code's classpath. When the code runs from a jar they are read through a
 * {@link ZipFile} of that jar, which the JVM opens on the central directory it already holds for the class loader:
 * {@link Class#getResourceAsStream} builds, parses and opens a {@code jar:} URL for every resource, about 0.2 ms
 * of CPU apiece on a cold start, which reads some 190 word lists. Classes in a folder (tests, an unpacked package)
 * read them through the class loader.
 */
final class ResourceBytes {
  /** The jar these classes were loaded from, or null when they come from a folder. */
  private static final File OWN_JAR = ownJar();

  private ResourceBytes() {}

  /**
   * The jar, opened on the first read and kept open for the life of the process, as its class loader keeps it:
   * opening a {@link ZipFile} for each list costs a look at the file's attributes, a cleaner to register and its
   * release, some 20 ms of CPU over a cold start's reads. Null when it cannot be opened: each read then opens it and
   * fails as it does.
   */
  private static final class OpenJar {
    static final ZipFile ZIP = open();

    private static ZipFile open() {
      try {
        return new ZipFile(OWN_JAR);
      } catch (IOException e) {
        return null;
      }
    }
  }

  /** The bytes of {@code resource} (an absolute classpath name); fails when it is missing. */
  static byte[] read(String resource) throws IOException {
    if (OWN_JAR != null && resource.startsWith("/")) {
      ZipFile zip = OpenJar.ZIP;
      return zip != null ? read(zip, resource) : read(OWN_JAR, resource);
    }
    try (InputStream in = ResourceBytes.class.getResourceAsStream(resource)) {
      if (in == null) throw missing(resource);
      return in.readAllBytes();
    }
  }

  /**
   * Whether {@code resource} (an absolute classpath name) is on the classpath and not a folder: looked up in the jar's
   * central directory when the code runs from one, where {@link Class#getResource} would build a {@code jar:} URL.
   */
  static boolean exists(String resource) throws IOException {
    if (OWN_JAR == null || !resource.startsWith("/")) return ResourceBytes.class.getResource(resource) != null;
    ZipFile zip = OpenJar.ZIP;
    if (zip == null) return exists(OWN_JAR, resource);
    ZipEntry entry = zip.getEntry(resource.substring(1));
    return entry != null && !entry.isDirectory();
  }

  /** Whether {@code jar} holds {@code resource} (an absolute classpath name) as a file. */
  static boolean exists(File jar, String resource) throws IOException {
    try (ZipFile zip = new ZipFile(jar)) {
      ZipEntry entry = zip.getEntry(resource.substring(1));
      return entry != null && !entry.isDirectory();
    }
  }

  /** The bytes of {@code resource} (an absolute classpath name) in {@code jar}; fails when it is missing. */
  static byte[] read(File jar, String resource) throws IOException {
    try (ZipFile zip = new ZipFile(jar)) {
      return read(zip, resource);
    }
  }

  private static byte[] read(ZipFile zip, String resource) throws IOException {
    ZipEntry entry = zip.getEntry(resource.substring(1));
    if (entry == null || entry.isDirectory()) throw missing(resource);
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static IOException missing(String resource) {
    return new IOException(resource + " is missing from the classpath");
  }

  private static File ownJar() {
    CodeSource source = ResourceBytes.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) return null;
    try {
      File f = new File(source.getLocation().toURI());
      return f.isFile() ? f : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
