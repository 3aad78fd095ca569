package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Abbreviated titles and initials inside a speaker's name, and a surname that takes the full name. */
class NameFormsTest {

  private static int indexOf(List<Token> toks, String word, int from) {
    for (int i = from; i < toks.size(); i++) if (toks.get(i).is(word)) return i;
    throw new IllegalArgumentException(word);
  }

  @Test
  void anAbbreviatedTitleBeforeTheSpeakerAfterAQuoteStaysInTheMention() {
    QuotesOf a = QuotesOf.text("\"We will not back down on the water rates,\" Sen. Ana Ruiz said.");
    Quote q = a.containing("back down");
    assertEquals("Ana Ruiz", q.speaker().name(), a::describe);
    assertEquals("Sen. Ana Ruiz", q.speaker().mention().text(), a::describe);
  }

  @Test
  void twoAbbreviatedTitlesAfterAnInvertedCueAreNotTakenForTheName() {
    QuotesOf a = QuotesOf.text("\"We will appeal the ruling this week,\" said Atty. Gen. Dana Price.");
    assertEquals("Dana Price", a.containing("appeal the ruling").speaker().name(), a::describe);
  }

  @Test
  void anAbbreviatedTitleOpeningAReportKeepsThePersonsName() {
    QuotesOf a = QuotesOf.text("Lt. Gov. Mark Hale said the state would appeal the ruling.");
    assertEquals("Mark Hale", a.containing("state would appeal").speaker().name(), a::describe);
  }

  @Test
  void aMiddleInitialStaysInTheSpeakersName() {
    QuotesOf a = QuotesOf.text("\"We need more nurses on every ward,\" Maya D. Song wrote in a letter to the board.");
    assertEquals("Maya D. Song", a.containing("more nurses").speaker().name(), a::describe);
  }

  @Test
  void theStopOfATitleAbbreviationBeforeANameIsNoSentenceEnd() {
    AnnotatedText at = QuotesOf.annotate("Sen. Ana Ruiz voted no.");
    int dot = indexOf(at.tokens(), ".", 0);
    assertTrue(AbbreviationDot.at(at.tokens(), dot));
    assertTrue(AbbreviationDot.ofTitle(at.tokens(), dot));
  }

  @Test
  void theStopOfAnInitialIsNotTheStopOfATitle() {
    AnnotatedText at = QuotesOf.annotate("Maya D. Song voted no.");
    int dot = indexOf(at.tokens(), ".", 0);
    assertTrue(AbbreviationDot.ofInitial(at.tokens(), dot));
    assertFalse(AbbreviationDot.ofTitle(at.tokens(), dot));
  }

  @Test
  void aFullStopAfterAnOrdinaryWordEndsTheSentence() {
    AnnotatedText at = QuotesOf.annotate("The council voted no. Mayor Ruiz left the room.");
    int dot = indexOf(at.tokens(), ".", 0);
    assertFalse(AbbreviationDot.at(at.tokens(), dot));
  }

  @Test
  void aSurnameAloneTakesTheFullNameTheArticleWroteEarlier() {
    QuotesOf a = QuotesOf.text("Paul Okafor runs the trade ministry in Abuja.\n\n\"We will reopen the port in May,\" Okafor said.");
    Quote q = a.containing("reopen the port");
    assertEquals("Paul Okafor", q.speaker().name(), a::describe);
    assertEquals("Okafor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aSurnameTwoFullNamesShareIsLeftAsWritten() {
    AnnotatedText at = QuotesOf.annotate("Paul Okafor and Grace Okafor run the family firm.");
    KnownNames known = new KnownNames(at, null);
    assertEquals("Okafor", known.fullName("Okafor"));
  }

  @Test
  void aNameOfTwoWordsIsAlreadyFull() {
    AnnotatedText at = QuotesOf.annotate("Paul Okafor runs the firm with his sister.");
    KnownNames known = new KnownNames(at, null);
    assertEquals("Grace Okafor", known.fullName("Grace Okafor"));
  }

  @Test
  void aSurnameTheArticleNeverWritesInFullIsLeftAsWritten() {
    AnnotatedText at = QuotesOf.annotate("Okafor runs the firm in Lagos.");
    assertEquals("Okafor", new KnownNames(at, null).fullName("Okafor"));
  }
}
