package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Datelines of wire copy: months cut short, places of many words, a day without a year. */
class DatelineFormsTest {
  private static final ProfileDateline FR = new ProfileDateline(LanguageProfile.read("fr"));
  private static final ProfileDateline ES = new ProfileDateline(LanguageProfile.read("es"));
  private static final ProfileDateline DE = new ProfileDateline(LanguageProfile.read("de"));

  @Test
  void aMonthCutShortWithAFullStopIsRead() {
    String text = "NANTES, 18 sept. 2024 (AFP) - Texte.";
    assertEquals("2024-09-18", FR.parse(text, 0, text.length(), null).date());
  }

  @Test
  void aMonthCutShortWithoutAFullStopIsRead() {
    assertEquals(12, ES.month("dic"));
  }

  @Test
  void aCutThatFitsTwoMonthsIsNoMonth() {
    assertNull(FR.month("jui"));
  }

  @Test
  void aDayWithoutAYearAndNoReferenceHasNoDate() {
    String text = "SEVILLA, 3 dic (Reuters) - Texto.";
    var d = ES.parse(text, 0, text.length(), null);
    assertEquals("Sevilla", d.location());
    assertNull(d.date());
  }

  @Test
  void aPlaceOfFiveWordsIsRead() {
    String text = "SANTA CRUZ DE LA PALMA, 2 de mayo de 2024 (EFE).- Texto.";
    var d = ES.parse(text, 0, text.length(), null);
    assertEquals("Santa Cruz de la Palma", d.location());
  }

  @Test
  void smallWordsInsideAPlaceStayLowerCase() {
    assertEquals("Frankfurt am Main", DE.place("FRANKFURT AM MAIN"));
    assertEquals("Aix-en-Provence", FR.place("AIX-EN-PROVENCE"));
  }
}
