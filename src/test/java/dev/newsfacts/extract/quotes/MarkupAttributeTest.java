package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values of markup attributes left in a text are no quotes. */
class MarkupAttributeTest {
  @Test
  void theAuthorOfAnEmbeddedPostIsNotAQuote() {
    QuotesOf a = QuotesOf.text("The senator answered within the hour.\n\n"
        + "<post author=\"@SenatorGrayson\" date=\"May 2, 2024\">\"We will not back down on the bridge,\" Grayson wrote.</post>\n");
    assertTrue(a.allContaining("@SenatorGrayson").isEmpty(), a::describe);
  }

  @Test
  void aLinkAddressIsNotAQuote() {
    QuotesOf a = QuotesOf.text("\"The vote was fair,\" Clerk Ana Ruiz said. Watch the hearing at <a href=\"http://video.example.com\">our video page</a>.\n");
    assertTrue(a.allContaining("video.example.com").isEmpty(), a::describe);
  }
}
