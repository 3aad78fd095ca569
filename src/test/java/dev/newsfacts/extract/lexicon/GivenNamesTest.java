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
  private static final String WORLD = GivenNames.WORLD;

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

  @Test
  void theShortListOfALargerLoadKnowsWhatTheShortListAloneKnows() {
    GivenNames shortList = GivenNames.loadWith(LARGER, WORLD).shortListOnly();
    assertFalse(shortList.isKnown("Gwendolyn"));
    assertEquals(GivenNames.load().genderOf("Mary"), shortList.genderOf("Mary"));
    assertTrue(shortList.isKnown("Mary"));
  }

  @Test
  void knowsGivenNamesFromAcrossTheWorldOnlyWithTheWorldList() {
    GivenNames english = GivenNames.loadWith(LARGER);
    GivenNames world = GivenNames.loadWith(LARGER, WORLD);
    for (String name : new String[] {"Kwame", "Chinedu", "Syed", "Oleksandr", "Nomvula"}) {
      assertFalse(english.isKnown(name), name);
      assertTrue(world.isKnown(name), name);
    }
  }

  @Test
  void takesTheGenderTheWorldListGives() {
    GivenNames world = GivenNames.loadWith(LARGER, WORLD);
    assertEquals('M', world.genderOf("Kwame"));
    assertEquals('F', world.genderOf("Nkosazana"));
  }

  @Test
  void keepsTheGenderTheEnglishListsGiveOverTheWorldList() {
    GivenNames english = GivenNames.loadWith(LARGER);
    GivenNames world = GivenNames.loadWith(LARGER, WORLD);
    for (String name : new String[] {"Maria", "John", "Ahmed", "Fatima"}) {
      assertEquals(english.genderOf(name), world.genderOf(name), name);
    }
  }

  @Test
  void worldListHoldsNoOrdinaryCapitalisedWord() {
    GivenNames world = GivenNames.loadWith(WORLD);
    for (String word : new String[] {"Islam", "Hope", "Will", "Monday", "President", "Minister", "Tex", "Ala"}) {
      assertFalse(world.isKnown(word) && !GivenNames.load().isKnown(word), word);
    }
  }

  @Test
  void worldListIsSortedSoThatItLoads() throws IOException {
    try (var in = GivenNamesTest.class.getResourceAsStream(WORLD)) {
      SortedLines.requireWellFormed(WORLD, in.readAllBytes(), 2);
    }
  }

  @Test
  void knowsAHyphenatedNameByItsFirstPartWithItsGender() {
    GivenNames world = GivenNames.loadWith(LARGER, WORLD);
    assertTrue(world.isKnown("Abdel-Rahman"));
    assertEquals('M', world.genderOf("Abdel-Rahman"));
    assertFalse(world.isKnown("Owusu-Ansah"));
    assertFalse(world.isKnown("Abdel-rahman"), "the part after the hyphen is written as a name too");
  }
}
