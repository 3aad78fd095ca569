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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SortedLinesTest {
  private static SortedLines of(String text) {
    return SortedLines.of(text.getBytes(StandardCharsets.UTF_8), 0);
  }

  @Test
  void findsEachEntryAndNothingElse() {
    SortedLines towns = of("Aachen\nBad Homburg\nSan Jose\nZwolle\n");
    for (String t : List.of("Aachen", "Bad Homburg", "San Jose", "Zwolle")) assertTrue(towns.contains(t), t);
    for (String t : List.of("", "Aache", "Aachen ", "bad homburg", "San", "Zwolle\n", "Zz")) assertFalse(towns.contains(t), t);
  }

  @Test
  void skipsTheHeaderOfCommentsAndBlankLinesAndReadsWindowsLineEnds() {
    SortedLines towns = of("# towns\r\n\r\n# sorted\r\n  \r\nAachen\r\nZwolle");
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
    SortedLines names = SortedLines.of("M Aaron\nF Abigail\nU Alex\n".getBytes(StandardCharsets.UTF_8), 2);
    assertEquals('F', names.tagOf("Abigail"));
    assertEquals('U', names.tagOf("Alex"));
    assertEquals(0, names.tagOf("M Aaron"));
    assertFalse(names.contains("Aaro"));
  }

  @Test
  void refusesAListThatIsNotSorted() {
    assertThrows(IllegalStateException.class, () -> wellFormed("Zwolle\nAachen\n"));
  }

  @Test
  void refusesAnEntryWithSpacesAroundIt() {
    assertThrows(IllegalStateException.class, () -> wellFormed("Aachen\nBonn \n"));
  }

  @Test
  void refusesACommentOrABlankLineAmongTheEntries() {
    assertThrows(IllegalStateException.class, () -> wellFormed("# towns\nAachen\n# more\nZwolle\n"));
    assertThrows(IllegalStateException.class, () -> wellFormed("Aachen\n\nZwolle\n"));
  }

  @Test
  void acceptsASortedListWithAHeaderAndTags() {
    SortedLines.requireWellFormed("names", "# names\n\nM Aaron\nF Abigail\nU Alex\n".getBytes(StandardCharsets.UTF_8), 2);
    assertTrue(SortedLines.of("# names\n\nM Aaron\nF Abigail\n".getBytes(StandardCharsets.UTF_8), 2).contains("Aaron"));
  }

  @ParameterizedTest
  @CsvSource({"/dev/newsfacts/entities/towns.txt, 0", "/dev/newsfacts/entities/regions.txt, 0",
      "/dev/newsfacts/entities/regions-en.txt, 0",
      "/dev/newsfacts/entities/local-towns.txt, 0", "/dev/newsfacts/entities/weak-towns.txt, 0", "/dev/newsfacts/entities/given-names.txt, 2",
      "/dev/newsfacts/entities/given-names-world.txt, 2"})
  void everyListShippedIsOneThisClassCanSearch(String resource, int tagWidth) throws IOException {
    try (var in = SortedLinesTest.class.getResourceAsStream(resource)) {
      SortedLines.requireWellFormed(resource, in.readAllBytes(), tagWidth);
    }
  }

  @Test
  void findsTheFirstAndLastEntriesAndNothingBetweenThem() {
    SortedLines towns = of("# header\nAachen\nBonn\nKöln\nZwolle");
    assertTrue(towns.contains("Aachen"));
    assertTrue(towns.contains("Zwolle"));
    assertFalse(towns.contains("Berlin"));
    assertFalse(towns.contains("# header"));
    assertEquals(0, of("# only a header\n").size());
    assertFalse(of("").contains("Aachen"));
  }

  private static void wellFormed(String text) {
    SortedLines.requireWellFormed("test list", text.getBytes(StandardCharsets.UTF_8), 0);
  }

  @Test
  void countsTheWordsOfTheLongestEntry() {
    assertEquals(3, of("# the towns of a list\nAachen\nSan Jose\nSan Juan Capistrano\nZug\n").mostWords());
    assertEquals(1, of("# one word each\nAachen\nZug\n").mostWords());
    assertEquals(2, SortedLines.of("M Aaron\nF Anna Lena\n".getBytes(StandardCharsets.UTF_8), 2).mostWords());
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
