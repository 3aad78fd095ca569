package dev.newsfacts.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LooksLikeHtmlTest {
  @Test
  void aPageOpeningWithADoctypeOrACommentBeforeItsHtmlIsHtml() {
    assertTrue(TextDecoder.looksLikeHtml("  \n<!DOCTYPE html><html><body><p>Rain fell.</p></body></html>"));
    assertTrue(TextDecoder.looksLikeHtml("<!-- saved page --><html><p>Rain fell.</p></html>"));
    assertTrue(TextDecoder.looksLikeHtml("<p>Rain fell on the town.</p>"));
  }

  @Test
  void plainTextAndTextOpeningWithAnAngleBracketAreNotHtml() {
    assertFalse(TextDecoder.looksLikeHtml("Rain fell on the town, officials said."));
    assertFalse(TextDecoder.looksLikeHtml("<Reuters> Rain fell on the town."));
    assertFalse(TextDecoder.looksLikeHtml("<!-- a note --> Rain fell."));
  }
}
