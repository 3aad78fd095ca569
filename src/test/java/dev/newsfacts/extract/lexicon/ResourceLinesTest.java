package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceLinesTest {
  private static List<String> readLines(String text) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new StringReader(text));
    for (String line = r.readLine(); line != null; line = r.readLine()) out.add(line);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "Aachen", "Aachen\n", "Aachen\nZwolle", "# towns\n\nAachen\n  \nZwolle\n\n",
      "Aachen\r\nZwolle\r\n", "Aachen\rZwolle", "Abéché\nA Coruña\n", " padded \n\tTabbed\t\n"})
  void cutsLinesAsBufferedReaderReadsThem(String text) throws IOException {
    assertEquals(readLines(text), ResourceLines.split(text));
  }

  @Test
  void readsAListShippedInTheJarWithItsAccents() {
    assertTrue(ResourceLines.read(CountryNames.RESOURCE).contains("CI|Côte d’Ivoire"), "the UTF-8 of a country's name survives");
  }

  @Test
  void failsOnAMissingResource() {
    assertThrows(UncheckedIOException.class, () -> ResourceLines.read("/dev/newsfacts/no-such-list.txt"));
  }
}
