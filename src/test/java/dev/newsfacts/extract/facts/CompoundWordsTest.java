package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hyphenated word after a figure is part of what it counts, though the tagger calls it punctuation. */
class CompoundWordsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aCountBeforeAHyphenatedModifierCountsTheNounAfterIt() {
    StatisticFact s = StatisticOf.value(extractor,
        "Punjab has recorded 4,212 stubble-burning incidents since the harvest began, officials said.", 4212);
    assertNotNull(s);
    assertEquals("stubble-burning incidents", s.quantity().unit());
  }

  @Test
  void aPrefixedModifierStaysInTheUnit() {
    StatisticFact s = StatisticOf.value(extractor,
        "The city will deploy 375 anti-smog guns on its main roads from Monday.", 375);
    assertNotNull(s);
    assertEquals("anti-smog guns", s.quantity().unit());
  }
}
