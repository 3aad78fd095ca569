package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurrencySignsTest {
  @Test
  void aDollarSignWithCountryLettersOpensASign() {
    String text = "The council spent NZ$4 million on the bridge.";
    assertTrue(CurrencySigns.opensSign(text, text.indexOf("NZ$")));
  }

  @Test
  void aLetterCodeOpensASign() {
    String text = "Exports rose to SEK 9.8bn last year.";
    assertTrue(CurrencySigns.opensSign(text, text.indexOf("SEK")));
  }

  @Test
  void aCapitalisedWordSharingASignsFirstLetterOpensNone() {
    String text = "Senators met in Nairobi on Tuesday.";
    assertFalse(CurrencySigns.opensSign(text, 0));
    assertFalse(CurrencySigns.opensSign(text, text.indexOf("Nairobi")));
  }

  @Test
  void aWordWhoseFirstLetterOpensNoSignOpensNone() {
    String text = "Farmers waited for rain.";
    assertFalse(CurrencySigns.opensSign(text, 0));
  }

  @Test
  void theEndOfTheTextOpensNone() {
    String text = "It cost $5";
    assertFalse(CurrencySigns.opensSign(text, text.length()));
  }
}
