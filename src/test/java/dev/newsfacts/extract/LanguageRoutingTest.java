package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The language profile is chosen from the article's language before any language-specific step. */
class LanguageRoutingTest {
  static ResultDocument run(Extractor e, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Outcome o = e.extract(new ArticleInput(b, SourceRef.local("a.txt", b.length, "text/plain")));
    return ((Outcome.Success) o).result();
  }

  private static final String ITALIAN = """
      ROMA (ANSA) - "Non possiamo aspettare ancora", ha detto il ministro Giorgio Bianchi ai giornalisti.
      Il governo ha stanziato 3.000 milioni di euro per le scuole della Lombardia e della Sicilia, secondo il \
      ministero dell'Istruzione, che ha presentato il piano martedì a Roma.
      """;

  @Test
  void notesAnUnsupportedLanguageAndExtractsNoQuotesOrFacts() {
    ResultDocument d = run(Extractor.create(), ITALIAN);
    assertEquals("it", d.article().language());
    assertTrue(d.article().notes().contains("language it is not supported: quotes and facts not extracted"),
        d.article().notes().toString());
    assertTrue(d.quotes().isEmpty(), d.quotes().toString());
    assertTrue(d.facts().isEmpty(), d.facts().toString());
  }

  @Test
  void keepsTheLanguageIndependentEntitiesOfAnUnsupportedLanguage() {
    ResultDocument d = run(Extractor.create(), ITALIAN);
    assertFalse(d.entities().isEmpty(), "places and names are found in any language written in Latin script");
  }

  @Test
  void anEnglishOnlyBatchReadsNoOtherLanguageModels() {
    Extractor e = Extractor.create();
    run(e, "WASHINGTON (AP) — \"We will act,\" the senator said on Monday, as the talks went on.");
    assertFalse(e.hasLoadedModelsOf("fr"));
    assertFalse(e.hasLoadedModelsOf("de"));
    assertFalse(e.hasLoadedModelsOf("es"));
  }

  @Test
  void aFrenchArticleReadsTheFrenchModelsOnly() {
    Extractor e = Extractor.create();
    ResultDocument d = run(e, "PARIS, 14 mars 2024 (AFP) — Le gouvernement a présenté jeudi un plan pour les écoles "
        + "rurales, a annoncé la ministre de l'Éducation, qui veut recruter des enseignants dès la rentrée.");
    assertEquals("fr", d.article().language());
    assertTrue(e.hasLoadedModelsOf("fr"));
    assertFalse(e.hasLoadedModelsOf("de"));
  }
}
