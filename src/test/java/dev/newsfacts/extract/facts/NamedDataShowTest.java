package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "data from X show", "modelling by X estimated that": X made the figures. */
class NamedDataShowTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void dataFromAMakerThatShowNamesTheMaker() {
    String s = "The fleet passed 30 million units in May, data from Brevik Maritime show.";
    NamedDataShow.Maker m = NamedDataShow.of(s, 0, s.length());
    assertNotNull(m);
    assertEquals("Brevik Maritime", m.name());
  }

  @Test
  void modellingForAClientNamesTheModellerNotTheClient() {
    String s = "Modelling by Tarrant Economics for the Hume Shire Council estimated that 40 jobs would go.";
    NamedDataShow.Maker m = NamedDataShow.of(s, 0, s.length());
    assertNotNull(m);
    assertEquals("Tarrant Economics", m.name());
  }

  @Test
  void dataFromAPlaceWithNoVerbOfFindingIsNoMaker() {
    String s = "Officials compared data from Brevik Maritime with their own records.";
    assertNull(NamedDataShow.of(s, 0, s.length()));
  }

  @Test
  void aStatisticBeforeDataFromAMakerShowIsTheMakers() {
    StatisticFact st = StatisticOf.value(extractor, "The global tanker fleet passed 12,400 vessels in March, with another "
        + "610 on order, data from Brevik Maritime show.", 610);
    assertNotNull(st);
    assertNotNull(st.attribution());
    assertEquals("Brevik Maritime", st.attribution().name());
  }
}
