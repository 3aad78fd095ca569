package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A sentence closing on "he said" or "she said" gives its figures to the person the pronoun stands for. */
class PronounSaidAtEndTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aPronounSayingItAtTheEndIsFound() {
    String s = "The ward treated 212 patients in May, she said on Tuesday.";
    assertEquals(s.indexOf("she"), PronounSaidAtEnd.pronounStart(s, 0, s.length(), s.indexOf("212") + 3));
  }

  @Test
  void aPronounOpeningTheSentenceIsNotAtItsEnd() {
    String s = "He said the ward treated 212 patients in May.";
    assertEquals(-1, PronounSaidAtEnd.pronounStart(s, 0, s.length(), s.indexOf("212") + 3));
  }

  @Test
  void aPronounBeforeTheFigureDoesNotCount() {
    String s = "As she said, the ward treated 212 patients in May.";
    assertTrue(PronounSaidAtEnd.pronounStart(s, 0, s.length(), s.indexOf("212") + 3) < 0);
  }

  @Test
  void theFiguresGoToThePersonNamedBeforeNotToTheBodyTheClauseOpensWith() {
    StatisticFact s = StatisticOf.value(extractor, """
        Health Director Dr Jane Okafor said the outbreak was spreading.

        Laboratory tests at the Central Research Institute confirmed the bacterium in 44 of 70 samples, she said.
        """, 44);
    assertNotNull(s);
    assertEquals("Jane Okafor", s.attribution().name());
  }

  @Test
  void theFiguresGoToThePersonNamedLastNotToTheOneQuotedBefore() {
    StatisticFact s = StatisticOf.value(extractor, """
        "We never gave up," said Harbour coach Tom Reilly.

        Valley boss Sean Doyle, whose side lost again, was angry with the referee. "We conceded 14 penalties and \
        that decided it," he said.
        """, 14);
    assertNotNull(s);
    assertEquals("Sean Doyle", s.attribution().name());
  }
}
