package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedLinesTest {
  private static SortedLines of(String text) {
    return SortedLines.of("test list", text.getBytes(StandardCharsets.UTF_8), 0);
  }

  @Test
  void findsEachEntryAndNothingElse() {
    SortedLines towns = of("Aachen\nBad Homburg\nSan Jose\nZwolle\n");
    for (String t : List.of("Aachen", "Bad Homburg", "San Jose", "Zwolle")) assertTrue(towns.contains(t), t);
    for (String t : List.of("", "Aache", "Aachen ", "bad homburg", "San", "Zwolle\n", "Zz")) assertFalse(towns.contains(t), t);
  }

  @Test
  void skipsCommentsAndBlankLinesAndReadsWindowsLineEnds() {
    SortedLines towns = of("# towns\r\n\r\nAachen\r\n  \r\nZwolle");
    assertEquals(2, towns.size());
    assertTrue(towns.contains("Aachen"));
    assertTrue(towns.contains("Zwolle"));
  }

  @Test
  void ordersByUtf8BytesSoAccentedNamesComeAfterPlainOnes() {
    SortedLines towns = of("Abnub\nAbnūb\nAbéché\nA Coruña\n".lines().sorted(SortedLinesTest::byBytes)
        .reduce("", (a, b) -> a + b + "\n"));
    assertTrue(towns.contains("Abéché"));
    assertTrue(towns.contains("Abnūb"));
    assertTrue(towns.contains("A Coruña"));
  }

  @Test
  void readsTheTagBeforeEachEntryAndSortsByTheEntriesAlone() {
    SortedLines names = SortedLines.of("names", "M Aaron\nF Abigail\nU Alex\n".getBytes(StandardCharsets.UTF_8), 2);
    assertEquals('F', names.tagOf("Abigail"));
    assertEquals('U', names.tagOf("Alex"));
    assertEquals(0, names.tagOf("M Aaron"));
    assertFalse(names.contains("Aaro"));
  }

  @Test
  void refusesAListThatIsNotSorted() {
    assertThrows(IllegalStateException.class, () -> of("Zwolle\nAachen\n"));
  }

  @Test
  void refusesAnEntryWithSpacesAroundIt() {
    assertThrows(IllegalStateException.class, () -> of("Aachen\nBonn \n"));
  }

  @Test
  void countsTheWordsOfTheLongestEntry() {
    assertEquals(3, of("Aachen\nSan Jose\nSan Juan Capistrano\n").mostWords());
  }

  @Test
  void holdsEveryTownOfTheGazetteerAsItsLinesReadOneByOne() throws IOException {
    String resource = "/dev/newsfacts/entities/towns.txt";
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        SortedLinesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) lines.add(line.trim());
      }
    }
    SortedLines towns = SortedLines.read(resource);
    assertEquals(lines.size(), towns.size());
    for (String t : lines) assertTrue(towns.contains(t), t);
  }

  private static int byBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
