package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** A phrase fronted before "X said" sets the scene; it is not what X said. */
class FrontedPhraseTest {

  private static void assertNoReport(String text) {
    QuotesOf a = QuotesOf.text(text);
    assertTrue(a.reported().isEmpty(), () -> "expected nothing reported in: " + text + "\n" + a.describe());
  }

  @Test
  void aFrontedParticiplePhraseIsNotReported() {
    assertNoReport("Speaking at a rally in Regina on Wednesday, the premier said.");
  }

  @Test
  void aPrepositionAndAParticipleFrontedAreNotReported() {
    assertNoReport("In discussing the closure of the mill, the mayor told reporters.");
  }

  @Test
  void aSubordinateClauseAfterButEvenIsNotReported() {
    assertNoReport("But even after the strike ended, the union said.");
  }

  @Test
  void aGerundSubjectWithItsOwnVerbIsReported() {
    QuotesOf a = QuotesOf.text("Raising the carbon tax would hurt rural families, the minister said.");
    assertEquals(1, a.reported().size(), a::describe);
    assertEquals("the minister", a.reported().get(0).speaker().mention().text(), a::describe);
  }

  @Test
  void theParticipleTestNeedsAnIngVerbFirst() {
    AnnotatedText at = QuotesOf.annotate("Holding open a book. The council will vote today.");
    assertTrue(FrontedAdverbial.participlePhrase(at.tokens(), 0, 4));
    assertFalse(FrontedAdverbial.participlePhrase(at.tokens(), 5, 9));
  }
}
