package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where or on what occasion something was said is not part of what was said. */
class QuoteSettingTest {

  private static String reportedIn(String text) {
    QuotesOf a = QuotesOf.text(text);
    assertEquals(1, a.reported().size(), a::describe);
    return a.reported().get(0).text();
  }

  @Test
  void aPlaceRightAfterSaidIsNotReported() {
    assertEquals("talks would resume in March", reportedIn("The minister said in Geneva talks would resume in March."));
  }

  @Test
  void aRallyAndItsPlaceAfterToldAreNotReported() {
    assertEquals("the steel plant would reopen",
        reportedIn("Okafor told a rally in Ohio the steel plant would reopen."));
  }

  @Test
  void aNewsConferenceAfterSaidIsNotReported() {
    assertEquals("the bridge would close for a month",
        reportedIn("The mayor said at a news conference the bridge would close for a month."));
  }

  @Test
  void aBroadcasterAfterSaidOnIsNotReported() {
    assertEquals("the vote was rigged", reportedIn("The senator said on CNN the vote was rigged."));
  }

  @Test
  void aMeetingThatIsTheSubjectOfTheReportStaysInIt() {
    assertEquals("the meeting was cancelled", reportedIn("The mayor said the meeting was cancelled."));
  }

  @Test
  void aPlaceThatEndsTheSentenceIsAllThereIsAndStays() {
    AnnotatedText at = QuotesOf.annotate("She spoke in Geneva");
    List<Token> t = at.tokens();
    assertEquals(2, QuoteSetting.skip(t, 2, t.size()));
  }

  @Test
  void aPrepositionBeforeALowerCaseNounIsNoSetting() {
    AnnotatedText at = QuotesOf.annotate("He said on balance the plan works.");
    List<Token> t = at.tokens();
    assertEquals(2, QuoteSetting.skip(t, 2, t.size()));
  }
}
