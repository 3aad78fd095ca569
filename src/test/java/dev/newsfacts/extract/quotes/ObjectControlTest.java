package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** After "prompted", "led" or "forced", the object says what the infinitive's speech verb reports. */
class ObjectControlTest {

  @Test
  void theObjectOfPromptedDeclaresTheQuotation() {
    QuotesOf a = QuotesOf.text("The long drought prompted Governor Ellen Marsh to declare, \u201cEvery farm in this state "
        + "deserves relief before the harvest.\u201d");
    Quote q = a.marked("Every farm");
    assertEquals("Ellen Marsh", q.speaker().name(), a::describe);
  }

  @Test
  void aNamedExampleStaysWithTheGroupThatCounters() {
    QuotesOf a = QuotesOf.text("The chart was shared thousands of times on Monday, leading economists like Priya Nand "
        + "to counter that \u201cthe figures leave out every part-time worker.\u201d");
    Quote q = a.marked("part-time worker");
    assertEquals("economists like Priya Nand", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theSubjectOfASubjectControlVerbStillSpeaks() {
    QuotesOf a = QuotesOf.text("Councillor Ray Okafor decided to call the new tower \u201can eyesore nobody asked for.\u201d");
    Quote q = a.marked("eyesore");
    assertEquals("Ray Okafor", q.speaker().name(), a::describe);
  }
}
