package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A capitalised word opening a fronted phrase is not the first word of the source's name. */
class FrontedPhraseSourceTest {
  @Test
  void aSentenceOpeningPrepositionIsNotPartOfTheSource() {
    QuotesOf a = QuotesOf.text("After Ines Calder called the plan \"reckless and cruel,\" the council voted it down.\n");
    assertEquals("Ines Calder", a.marked("reckless").speaker().mention().text(), a::describe);
  }
}
