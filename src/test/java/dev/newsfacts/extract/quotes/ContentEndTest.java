package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Where reported speech ends when the sentence goes on with the writer's aside or with more speech. */
class ContentEndTest {

  @Test
  void aDashBeforeThoughEndsWhatWasSaid() {
    QuotesOf a = QuotesOf.text("The minister said the economy had turned the corner this year - though independent "
        + "economists have contested that view.");
    Quote q = a.containing("turned the corner");
    assertEquals("the economy had turned the corner this year", q.text(), a::describe);
  }

  @Test
  void aParticipleAfterAClosingMarkStartsSpeechOfItsOwn() {
    QuotesOf a = QuotesOf.text("The analyst told investors that worries about the drug makers were \u201coverblown,\u201d "
        + "adding that the company had room to grow.");
    Quote added = a.containing("room to grow");
    assertEquals("the company had room to grow", added.text(), a::describe);
    assertEquals("The analyst", added.speaker().mention().text(), a::describe);
    assertTrue(a.containing("worries about the drug makers").text().endsWith("\u201d"), a::describe);
  }

  @Test
  void aWhileClauseWithItsOwnSourceIsSeparateSpeech() {
    QuotesOf a = QuotesOf.text("One survey says China has the most billionaires, while another survey says the United States "
        + "has twice as many.");
    assertEquals("China has the most billionaires", a.containing("China has").text(), a::describe);
    Quote other = a.containing("twice as many");
    assertEquals("another survey", other.speaker().mention().text(), a::describe);
  }

  @Test
  void aSecondCueAfterButKeepsTheSpeakerOfTheFirst() {
    QuotesOf a = QuotesOf.text("The mayor says she respects the council's \u201cpassion and commitment\u201d but argues "
        + "that it can't deliver on its promises of free transit.");
    Quote argued = a.containing("free transit");
    assertEquals("it can't deliver on its promises of free transit", argued.text(), a::describe);
    assertEquals("The mayor", argued.speaker().mention().text(), a::describe);
  }

  @Test
  void aCueAfterButTakesTheSubjectOfTheClauseBeforeIt() {
    QuotesOf a = QuotesOf.text("The governor, a Republican, said Tuesday that he had voted for the senator, but cautioned "
        + "that the vote was not an endorsement.");
    Quote cautioned = a.containing("not an endorsement");
    assertTrue(cautioned.speaker().mention().text().startsWith("The governor"), a::describe);
  }

  @Test
  void aSemicolonClosesWhatWasReported() {
    QuotesOf a = QuotesOf.text("About 40 percent said they were not looking forward to the campaign; 46 percent said they "
        + "were unenthusiastic about the election.");
    assertEquals("they were not looking forward to the campaign", a.containing("looking forward").text(), a::describe);
    assertEquals("46 percent", a.containing("unenthusiastic").speaker().mention().text(), a::describe);
  }

  @Test
  void aSecondCueOpeningAClauseAfterACommaEndsTheFirstReport() {
    QuotesOf a = QuotesOf.text("The senator says the rival is attacking him because the polls have tightened, said voters "
        + "should back him because he has the better record.");
    assertEquals("the rival is attacking him because the polls have tightened", a.containing("attacking him").text(),
        a::describe);
  }

  @Test
  void anInvertedSourceAfterACommaIsNoSecondReport() {
    QuotesOf a = QuotesOf.text("The council said the bridge would reopen in May, said Ms. Okafor, who chairs the committee.");
    assertTrue(a.containing("bridge would reopen").text().contains("May"), a::describe);
  }
}
