package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spanish wire copy: «», "dijo X", "según X", dialogue dashes, a dropped subject, "2.000 millones". */
class SpanishProfileTest {
  private static final Profiled STORY = Profiled.of("""
      MADRID, 8 de febrero de 2024 (EFE) — El Gobierno destinará 2.000 millones de euros a vivienda y 2,5 millones a becas.

      «Los jóvenes no pueden esperar más», dijo la ministra de Vivienda, Isabel Moreno, en rueda de prensa.

      El portavoz de los inquilinos, Javier Ortega, criticó el plan. «Llega tarde», señaló.

      —No vamos a ceder —dijo Ortega—. Seguiremos en la calle.

      Según Moreno, «el plan empieza en marzo».
      """);

  @Test
  void namesTheSpeakerAfterDijoPastHerTitle() {
    assertEquals("Isabel Moreno", STORY.speaker("Los jóvenes no pueden"));
  }

  @Test
  void aVerbWithoutSubjectStandsForThePersonJustNamed() {
    assertEquals("Javier Ortega", STORY.speaker("Llega tarde"));
  }

  @Test
  void cutsTheIncisOutOfADialogueLine() {
    assertEquals("No vamos a ceder", STORY.quote("No vamos").text());
    assertEquals("Javier Ortega", STORY.speaker("No vamos"));
    assertEquals("Javier Ortega", STORY.speaker("Seguiremos en la calle"));
  }

  @Test
  void namesTheSourceAfterSegun() {
    assertEquals("Isabel Moreno", STORY.speaker("el plan empieza"));
  }

  @Test
  void readsThousandsOfMillionsOfEuros() {
    var q = STORY.statistic("2.000").quantity();
    assertEquals(2e9, q.value());
    assertEquals("euros", q.unit());
  }

  @Test
  void readsADecimalCommaBeforeAScaleWord() {
    assertEquals(2.5e6, STORY.statistic("2,5").quantity().value());
  }

  @Test
  void readsTheSpanishDateline() {
    var d = STORY.doc().article().dateline();
    assertEquals("Madrid", d.location());
    assertEquals("EFE", d.agency());
    assertEquals("2024-02-08", d.date());
  }
}
