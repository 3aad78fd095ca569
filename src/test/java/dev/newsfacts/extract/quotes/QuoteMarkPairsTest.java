package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.language.LanguageProfile;
import dev.newsfacts.extract.nlp.Paragraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixed quotation mark pairs a language profile brings to the scanner. */
class QuoteMarkPairsTest {
  private static List<String> quoted(String code, String text) {
    var scanner = new QuoteMarkScanner(LanguageProfile.read(code).marks());
    return scanner.scan(text, Paragraphs.split(text)).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void findsFrenchGuillemetsWithNonBreakingSpacesInside() {
    String text = "Le maire a prévenu\u00A0: «\u202FNous ne fermerons aucune école\u202F», a-t-il dit.";
    assertEquals(List.of("Nous ne fermerons aucune école"), quoted("fr", text));
  }

  @Test
  void readsTheGermanClosingMarkAsAClosingMark() {
    String text = "„Wir brauchen mehr Lehrer“, sagte die Ministerin. „Sofort.“";
    assertEquals(List.of("Wir brauchen mehr Lehrer", "Sofort."), quoted("de", text));
  }

  @Test
  void readsGermanBookQuotesTheOtherWayRound() {
    String text = "»Das ist ein guter Tag«, sagte Anna Weber.";
    assertEquals(List.of("Das ist ein guter Tag"), quoted("de", text));
  }

  @Test
  void keepsDoubleQuotesInsideGuillemetsInTheOuterQuote() {
    String text = "« Il m'a dit “jamais” hier », raconte-t-elle.";
    assertEquals(List.of("Il m'a dit “jamais” hier"), quoted("fr", text));
  }

  @Test
  void findsGuillemetsInEnglishCopyToo() {
    String text = "The mayor said: « We will not close a single school » on Monday.";
    assertEquals(List.of("We will not close a single school"), quoted("en", text));
  }

  @Test
  void closesAnUnbalancedGuillemetAtTheParagraphEnd() {
    String text = "« Nous refusons, a dit le syndicat.\n\nLe lendemain, la grève a commencé.";
    List<String> q = quoted("fr", text);
    assertEquals(1, q.size());
    assertTrue(!q.get(0).contains("grève"), q.get(0));
  }
}
