package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A title word right after the cue is part of the source, whatever tag the tagger gives it. */
class TitleAfterCueTest {
  @Test
  void aLowerCaseTitleAfterSaidOpensTheSource() {
    QuotesOf a = QuotesOf.text("\"The budget is balanced for the first time in a decade,\" said chair Ruth Lee.\n");
    assertEquals("Ruth Lee", a.marked("budget").speaker().name(), a::describe);
  }

  @Test
  void aCapitalisedTitleAfterSaidOpensTheSource() {
    QuotesOf a = QuotesOf.text("\"The budget is balanced for the first time in a decade,\" said Chair Ruth Lee of the finance committee.\n");
    assertEquals("Ruth Lee", a.marked("budget").speaker().name(), a::describe);
  }

  @Test
  void aTitleAfterSaysOpensTheSource() {
    QuotesOf a = QuotesOf.text("\"We need more nurses on every ward,\" says director Amal Haddad.\n");
    assertEquals("Amal Haddad", a.marked("nurses").speaker().name(), a::describe);
  }
}
