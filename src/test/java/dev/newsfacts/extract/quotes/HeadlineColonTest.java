package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A headline "Name: what they said" is reported speech of that name; labels and topics are not. */
class HeadlineColonTest {
  private static final String BODY = "\n\nThe mayor spoke to reporters at city hall on Tuesday after the council met.\n";

  @Test
  void aNameAndAColonOpeningTheHeadlineAttributeTheRest() {
    QuotesOf a = QuotesOf.text("Mayor Lee: Transit fares will not rise this year" + BODY);
    Quote q = a.containing("Transit fares");
    assertEquals("Transit fares will not rise this year", q.text(), a::describe);
    assertEquals("Mayor Lee", q.speaker().mention().text(), a::describe);
    assertEquals(HeadlineColon.RULE, q.speaker().rule(), a::describe);
  }

  @Test
  void aLabelInCapitalsIsNoSpeaker() {
    QuotesOf a = QuotesOf.text("WATCH: Fares will not rise this year" + BODY);
    assertTrue(a.allContaining("Fares will not rise").isEmpty(), a::describe);
  }

  @Test
  void aTopicWithoutAVerbIsNotWhatSomeoneSaid() {
    QuotesOf a = QuotesOf.text("Mayor Lee: Careful planner or another typical career politician" + BODY);
    assertTrue(a.allContaining("career politician").isEmpty(), a::describe);
  }

  @Test
  void aNameAndAColonLaterInTheArticleIsNoHeadline() {
    QuotesOf a = QuotesOf.text("Fares frozen" + BODY + "\nMayor Lee: Transit fares will not rise this year.\n");
    assertTrue(a.reported().stream().noneMatch(q -> HeadlineColon.RULE.equals(q.speaker().rule())), a::describe);
  }

  @Test
  void aSurnameTheTaggerMisreadsStillSpeaksWhenTheArticleNamesThePerson() {
    QuotesOf a = QuotesOf.text("Okafor: My budget will not raise property taxes\n\n"
        + "Mayor Grace Okafor presented her budget to council on Tuesday after weeks of talks.\n");
    Quote q = a.containing("My budget will not raise");
    assertEquals(HeadlineColon.RULE, q.speaker().rule(), a::describe);
    assertEquals("Okafor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aWordNoPersonOfTheArticleBearsStaysALabel() {
    QuotesOf a = QuotesOf.text("Explainer: Why the budget will not raise property taxes\n\n"
        + "Mayor Grace Okafor presented her budget to council on Tuesday after weeks of talks.\n");
    assertTrue(a.reported().stream().noneMatch(q -> HeadlineColon.RULE.equals(q.speaker().rule())), a::describe);
  }

  @Test
  void theNameBeforeToAndItsAddresseeSpeaks() {
    QuotesOf a = QuotesOf.text("Mayor Lee to Council: Transit fares will not rise this year" + BODY);
    Quote q = a.containing("Transit fares");
    assertEquals("Transit fares will not rise this year", q.text(), a::describe);
    assertEquals("Mayor Lee", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theNameBeforeAtAndItsOccasionSpeaks() {
    QuotesOf a = QuotesOf.text("Mayor Okafor at Housing Summit: The city will build two towers" + BODY);
    Quote q = a.containing("two towers");
    assertEquals("Mayor Okafor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aVerblessLineAfterAPersonOfTheArticleIsStillTheirWords() {
    QuotesOf a = QuotesOf.text("Okafor: No new taxes in this year's budget\n\n"
        + "Mayor Grace Okafor presented her budget to council on Tuesday after weeks of talks.\n");
    Quote q = a.containing("No new taxes");
    assertEquals(HeadlineColon.RULE, q.speaker().rule(), a::describe);
    assertEquals("Okafor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aPollBeforeTheColonReportsItsFindings() {
    QuotesOf a = QuotesOf.text("Poll: Okafor leads the race for mayor by nine points" + BODY);
    Quote q = a.containing("leads the race");
    assertEquals("Poll", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aMemoBeforeTheColonStaysALabel() {
    QuotesOf a = QuotesOf.text("Memo: Fares will not rise this year" + BODY);
    assertTrue(a.reported().stream().noneMatch(q -> HeadlineColon.RULE.equals(q.speaker().rule())), a::describe);
  }
}
