package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GivenNamesTest {
  private static final String SHORT = "/dev/newsfacts/lexicon/first-names.txt";
  private static final String LARGER = "/dev/newsfacts/entities/given-names.txt";

  /** Both lists read line by line into one map, the short list last so that it wins. */
  private static Map<String, Character> readByLines() throws IOException {
    Map<String, Character> m = new HashMap<>();
    for (String resource : new String[] {LARGER, SHORT}) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          GivenNamesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) m.put(line.substring(2).trim(), line.charAt(0));
        }
      }
    }
    return m;
  }

  @Test
  void knowsEveryNameOfBothListsWithTheGenderTheShortListGivesFirst() throws IOException {
    GivenNames names = GivenNames.loadWith(LARGER);
    for (Map.Entry<String, Character> e : readByLines().entrySet()) {
      assertTrue(names.isKnown(e.getKey()), e.getKey());
      assertEquals(e.getValue() == 'U' ? 0 : e.getValue(), names.genderOf(e.getKey()), e.getKey());
    }
  }

  @Test
  void givesNoGenderToANameItDoesNotKnow() {
    GivenNames names = GivenNames.loadWith(LARGER);
    assertFalse(names.isKnown("Riverton"));
    assertEquals(0, names.genderOf("Riverton"));
  }

  @Test
  void knowsANameOfTheLargerListOnlyWhenLoadedWithIt() {
    assertFalse(GivenNames.load().isKnown("Gwendolyn"));
    assertTrue(GivenNames.loadWith(LARGER).isKnown("Gwendolyn"));
  }
}
