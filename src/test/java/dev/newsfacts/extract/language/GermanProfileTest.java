package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** German wire copy: „…“ and »…«, "sagte X", "sagte sie", a role named earlier, "3.000", "2,5 Mrd.". */
class GermanProfileTest {
  private static final Profiled STORY = Profiled.of("""
      BERLIN, 3. April 2024 (dpa) - Der Bund gibt 2,5 Mrd. Euro für Schulen aus. Rund 3.000 Lehrkräfte fehlen.

      „Wir handeln jetzt“, sagte Bildungsministerin Petra Vogel am Mittwoch in Berlin.

      Die Sprecherin der Gewerkschaft, Anna Krüger, widersprach. »Das reicht nicht«, sagte sie.

      „Die Schulen warten seit Jahren“, erklärte die Sprecherin.
      """);

  @Test
  void namesTheSpeakerAfterSagteWithoutHerTitle() {
    assertEquals("Petra Vogel", STORY.speaker("Wir handeln jetzt"));
  }

  @Test
  void readsBookQuotesAndResolvesSieToTheWomanJustNamed() {
    assertEquals("Anna Krüger", STORY.speaker("Das reicht nicht"));
  }

  @Test
  void resolvesADescriptionToThePersonNamedWithThatRole() {
    assertEquals("Anna Krüger", STORY.speaker("Die Schulen warten"));
  }

  @Test
  void readsAFullStopAsAThousandsSeparator() {
    assertEquals(3000, STORY.statistic("3.000").quantity().value());
  }

  @Test
  void readsTheAbbreviatedBillionAndStopsTheUnitAtOneNoun() {
    var q = STORY.statistic("2,5").quantity();
    assertEquals(2.5e9, q.value());
    assertEquals("Euro", q.unit());
  }

  @Test
  void aUnitNeverSwallowsAClosingMark() {
    Profiled p = Profiled.of("BERLIN (dpa) - „Es fehlen 300 Lehrer“, sagte Anna Krüger am Montag in Berlin vor Journalisten.");
    assertFalse(p.statistic("300").quantity().unit().contains("“"), p.statistic("300").quantity().unit());
  }

  @Test
  void readsTheGermanDateline() {
    var d = STORY.doc().article().dateline();
    assertEquals("Berlin", d.location());
    assertEquals("dpa", d.agency());
    assertEquals("2024-04-03", d.date());
  }

  @Test
  void leavesAnUnnamedSourceUnnamed() {
    Profiled p = Profiled.of("""
        BERLIN (dpa) - Finanzminister Karl Braun legte am Mittwoch den Haushalt vor.

        „Die Zahlen sind solide“, sagte ein Sprecher des Ministeriums.
        """);
    assertEquals(null, p.speaker("Die Zahlen sind solide"));
    assertEquals("ein Sprecher des Ministeriums", p.quote("Die Zahlen").speaker().description());
  }
}
