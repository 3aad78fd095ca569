package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** An unnamed source tied to what it knows or whom it serves ("a source close to him said") is the whole description. */
class AffiliatedSubjectTest {

  private static Quote quoteOf(String text, String words) {
    return QuotesOf.text(text).containing(words);
  }

  @Test
  void aSourceCloseToAPoliticianIsTheSourceOfWhatFollowsTheComma() {
    Quote q = quoteOf("The senator will change his approach, a source close to him said.", "change his approach");
    assertEquals("a source close to him", q.speaker().mention().text());
  }

  @Test
  void aPersonFamiliarWithTalksIsTheSource() {
    Quote q = quoteOf("The company will cut 500 jobs, a person familiar with the talks said.", "cut 500 jobs");
    assertEquals("a person familiar with the talks", q.speaker().mention().text());
  }

  @Test
  void peopleBriefedOnAPlanAreTheSourceBeforeTheCue() {
    Quote q = quoteOf("Two officials briefed on the plan said the troops would leave in May.", "troops would leave");
    assertEquals("Two officials briefed on the plan", q.speaker().mention().text());
  }

  @Test
  void theSourceIsNotNamedAfterWhomItIsCloseTo() {
    Quote q = quoteOf("Mr. Grant will not run again, an aide close to Mr. Grant said.", "will not run again");
    assertTrue(q.speaker().name() == null || !q.speaker().name().contains("Grant"), "named " + q.speaker().name());
  }
}
