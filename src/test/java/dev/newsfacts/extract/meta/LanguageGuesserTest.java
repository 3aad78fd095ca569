package dev.newsfacts.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  private static LanguageGuesser guesser;

  @BeforeAll
  static void load() {
    guesser = LanguageGuesser.loadFromClasspath();
  }

  @Test
  void reportsEnglishAsATwoLetterCode() {
    assertEquals("en", guesser.guess("The governor said on Tuesday that the state would reopen the two rail"
        + " crossings after freight companies warned of shortages across the region."));
  }

  @Test
  void recognisesSpanish() {
    assertEquals("es", guesser.guess("El gobernador dijo el martes que el estado reabriría los dos cruces"
        + " ferroviarios después de que las empresas advirtieran de la escasez en la región."));
  }

  @Test
  void givesUndeterminedForTooLittleText() {
    assertEquals("und", guesser.guess("OK 42"));
  }

  @Test
  void recognisesGermanThroughTheDetectorWhenTheEnglishCheckDeclines() {
    assertEquals("de", guesser.guess("Der Gemeinderat hat am Donnerstag beschlossen, die alte Bibliothek in der"
        + " Mühlenstraße zu schließen, weil das Gebäude zu teuer zu heizen sei."));
  }

  @Test
  void theEnglishShortcutGivesWhatTheDetectorGives() {
    String text = "Residents who packed the hall on Monday said they had not been told the clinic would close, and"
        + " several asked why the board had met in private before the vote.";
    assertEquals(LanguageGuesser.detect(text), guesser.guess(text));
  }
}
