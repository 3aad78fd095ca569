package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** "384 pledged delegates": a participle describing the noun after it reports nothing. */
class AttributiveParticipleTest {
  @Test
  void aParticipleAfterANumberDescribesItsNoun() {
    QuotesOf a = QuotesOf.text("The governor won 212 pledged delegates in the spring primaries across the south.\n");
    assertTrue(a.reported().isEmpty(), a::describe);
  }

  @Test
  void aParticipleAfterAPrepositionDescribesItsNoun() {
    QuotesOf a = QuotesOf.text("The governor keeps a wide lead in pledged delegates over her rival this spring.\n");
    assertTrue(a.reported().isEmpty(), a::describe);
  }

  @Test
  void aVerbAfterAYearAndItsPrepositionStaysAVerb() {
    AnnotatedText at = QuotesOf.annotate("Officials in 2019 warned workers that the mill would close.\n");
    assertEquals("warned", at.tokens().get(3).text());
    assertFalse(AttributiveParticiple.at(at.tokens(), 3));
  }

  @Test
  void theParticipleBetweenACountAndItsNounIsAnAdjective() {
    AnnotatedText at = QuotesOf.annotate("She holds 212 pledged delegates.\n");
    assertEquals("pledged", at.tokens().get(3).text());
    assertTrue(AttributiveParticiple.at(at.tokens(), 3));
  }
}
