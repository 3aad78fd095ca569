package dev.newsfacts.extract;

import static dev.newsfacts.extract.FixtureArticles.*;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Words in quotation marks that nobody says: nicknames and writers' terms. */
class NotAQuoteTest {

  @Test
  void doesNotReportANicknameAsAQuote() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    assertTrue(a.quotes().stream().noneMatch(q -> q.kind() != QuoteKind.INDIRECT && q.text().contains("El Toro")),
        a.describe());
  }

  @Test
  void doesNotReportAWritersTermAsAQuote() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    assertTrue(a.quotes().stream().noneMatch(q -> q.kind() != QuoteKind.INDIRECT && q.text().contains("Pipeline")),
        a.describe());
  }

  @Test
  void doesNotGiveANicknameASpeaker() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    assertTrue(a.quotes().stream().map(q -> q.speaker().name()).noneMatch(n -> n != null && n.contains("El Toro")),
        a.describe());
  }
}
