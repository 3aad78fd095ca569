package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseTenseTest {
  private static boolean past(String sentence, String date) {
    int at = sentence.indexOf(date);
    return ClauseTense.past(sentence, 0, sentence.length(), at, at + date.length());
  }

  @Test
  void aPastVerbBeforeTheDateAcrossACommaPutsItInThePast() {
    assertTrue(past("Serrano, who signed a 10-year, $310 million contract extension in March, leads the league.", "in March"));
  }

  @Test
  void anIrregularPastVerbCounts() {
    assertTrue(past("The storm hit the coast on Sept. 24.", "on Sept. 24"));
  }

  @Test
  void aPresentTenseClauseIsNotPast() {
    assertFalse(past("The budget still needs city council approval in February.", "in February"));
  }

  @Test
  void wouldAfterAPastVerbLooksAhead() {
    assertFalse(past("The automaker said it would buy back shares by March.", "by March"));
  }

  @Test
  void expectedAfterWasLooksAhead() {
    assertFalse(past("Forecasters said more heavy rain was expected on Tuesday.", "on Tuesday"));
  }

  @Test
  void aHearingSetForADateLooksAhead() {
    assertFalse(past("The hearing is set for Jan. 9 in federal court.", "Jan. 9"));
  }

  @Test
  void aRecordThatWasSetStaysInThePast() {
    assertTrue(past("The record was set in May by a Kenyan runner.", "in May"));
  }

  @Test
  void aTimetableVerbAfterAPastVerbLooksAhead() {
    assertFalse(past("The club signed the striker, who joins when the window opens on January 1.", "on January 1"));
  }

  @Test
  void aParticipleAfterRemainTellsNoTense() {
    assertFalse(past("Schools will remain closed until Wednesday in the flooded towns.", "until Wednesday"));
  }
}
