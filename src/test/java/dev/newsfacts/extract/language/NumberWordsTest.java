package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.Test;

/** Numbers written as words: a figure before a unit of measure, left alone before any other noun. */
class NumberWordsTest {
  private static final Profiled DE = Profiled.of("""
      KIEL (dpa) - Ärzte raten, bei der Hitze mindestens drei Liter Wasser am Tag zu trinken. Zwei Fähren fielen wegen der Hitze aus.
      """);

  @Test
  void aNumberWordBeforeAUnitOfMeasureIsAFigure() {
    var q = DE.statistic("drei Liter").quantity();
    assertEquals(3, q.value());
    assertEquals("Liter", q.unit());
  }

  @Test
  void aNumberWordBeforeAnyOtherNounIsNoFigure() {
    assertTrue(DE.doc().facts().stream().filter(f -> f instanceof StatisticFact).map(f -> (StatisticFact) f)
        .noneMatch(f -> f.quantity().text().startsWith("Zwei")));
  }

  @Test
  void aFrenchNumberWordBeforeDegreesIsAFigure() {
    Profiled p = Profiled.of("LILLE, 2 mai 2024 (AFP) — Les températures ont chuté de huit degrés en une nuit dans le Nord.");
    assertEquals(8, p.statistic("huit degrés").quantity().value());
  }
}
