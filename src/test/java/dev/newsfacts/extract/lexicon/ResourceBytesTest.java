package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceBytesTest {
  private static final byte[] TOWNS = "# towns\nAbéché\nA Coruña\n".getBytes(StandardCharsets.UTF_8);

  private static File jarWithTowns(Path dir) throws IOException {
    File jar = dir.resolve("lists.jar").toFile();
    try (OutputStream file = Files.newOutputStream(jar.toPath()); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("dev/newsfacts/entities/"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("dev/newsfacts/entities/towns.txt"));
      zip.write(TOWNS);
      zip.closeEntry();
    }
    return jar;
  }

  @Test
  void readsAListFromAJarAsWritten(@TempDir Path dir) throws IOException {
    assertArrayEquals(TOWNS, ResourceBytes.read(jarWithTowns(dir), "/dev/newsfacts/entities/towns.txt"));
  }

  @Test
  void failsOnAListTheJarDoesNotHold(@TempDir Path dir) throws IOException {
    File jar = jarWithTowns(dir);
    assertThrows(IOException.class, () -> ResourceBytes.read(jar, "/dev/newsfacts/entities/regions.txt"));
  }

  @Test
  void failsOnAFolderOfTheJar(@TempDir Path dir) throws IOException {
    File jar = jarWithTowns(dir);
    assertThrows(IOException.class, () -> ResourceBytes.read(jar, "/dev/newsfacts/entities"));
  }

  @Test
  void findsAListTheJarHolds(@TempDir Path dir) throws IOException {
    assertTrue(ResourceBytes.exists(jarWithTowns(dir), "/dev/newsfacts/entities/towns.txt"));
  }

  @Test
  void findsNoListTheJarDoesNotHold(@TempDir Path dir) throws IOException {
    assertFalse(ResourceBytes.exists(jarWithTowns(dir), "/dev/newsfacts/entities/regions.txt"));
  }

  @Test
  void takesNoFolderOfTheJarForAList(@TempDir Path dir) throws IOException {
    assertFalse(ResourceBytes.exists(jarWithTowns(dir), "/dev/newsfacts/entities/"));
  }

  @Test
  void findsWhatTheClassLoaderFinds() throws IOException {
    assertTrue(ResourceBytes.exists(CountryNames.RESOURCE));
    assertFalse(ResourceBytes.exists("/dev/newsfacts/lexicon/en/no-such-list.txt"));
  }

  @Test
  void readsTheSameBytesAsTheClassLoader() throws IOException {
    try (InputStream in = ResourceBytesTest.class.getResourceAsStream(CountryNames.RESOURCE)) {
      assertArrayEquals(in.readAllBytes(), ResourceBytes.read(CountryNames.RESOURCE));
    }
  }
}
