package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words quoted inside what someone is reported to have said ("X said he would warn ... "…"") are X's. */
class NestedSpeakerTest {

  @Test
  void aPronounOpeningReportedSpeechGivesTheQuotedWordsToTheOuterSpeaker() {
    QuotesOf a = QuotesOf.text("Mayor Ines Roth said she would warn the council about the "
        + "\u201creckless spending that nobody in this town has voted for.\u201d");
    assertEquals("Mayor Ines Roth", a.marked("reckless spending").speaker().mention().text(), a::describe);
  }

  @Test
  void aPronounInARelativeClauseKeepsItsOwnCue() {
    QuotesOf a = QuotesOf.text("Ines Roth said the vote was a mistake and attacked Paul Vance, whom she called "
        + "\u201ca coward who hides behind his staff.\u201d");
    assertEquals("she", a.marked("a coward").speaker().mention().text(), a::describe);
  }

  @Test
  void aPronounOpeningAnAdverbialClauseKeepsItsOwnCue() {
    QuotesOf a = QuotesOf.text("Ines Roth refused to recant her remarks, when she called the budget "
        + "\u201ca gift to the developers who paid for his campaign.\u201d");
    assertEquals("she", a.marked("a gift").speaker().mention().text(), a::describe);
  }
}
