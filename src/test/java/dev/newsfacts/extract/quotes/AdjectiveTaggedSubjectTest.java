package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "a senior official said": a subject whose words the tagger all read as adjectives is still the subject. */
class AdjectiveTaggedSubjectTest {
  private static String speakerOf(String paragraph, String words) {
    QuotesOf a = QuotesOf.text("Respite beds funded.\n\nHALIFAX \u2014 The province will fund 40 respite beds, Wu said Tuesday.\n\n"
        + paragraph + "\n");
    var q = a.marked(words);
    return q.speaker() == null || q.speaker().mention() == null ? null : q.speaker().mention().text();
  }

  @Test
  void aSubjectOfAnArticleAndTwoAdjectivesBeforeTheCueIsTheSpeaker() {
    assertEquals("a senior official", speakerOf("\"Nobody expected the money this year,\" a senior official said.", "Nobody expected"));
    assertEquals("the chief executive", speakerOf("\"We will take the beds any day,\" the chief executive said.", "We will take"));
  }

  @Test
  void theSameWordsAfterAnInvertedCueAreTheSpeaker() {
    assertEquals("the chief executive", speakerOf("\"The waiting list is long,\" said the chief executive.", "The waiting list"));
  }

  @Test
  void aRoleReadAsAnAdjectiveBeforeANameInAppositionKeepsTheName() {
    QuotesOf a = QuotesOf.text("Respite beds funded.\n\nHALIFAX \u2014 The province will fund 40 respite beds, Wu said Tuesday.\n\n"
        + "\"Families cannot wait another winter,\" the network's chief executive, Dana Pereira, said.\n");
    assertEquals("Dana Pereira", a.marked("Families cannot wait").speaker().name(), a::describe);
  }

  @Test
  void aCompanyInsideARoleDescriptionIsNotTheSpeakersName() {
    QuotesOf a = QuotesOf.text("Respite beds funded.\n\nHALIFAX \u2014 The province will fund 40 respite beds, Wu said Tuesday.\n\n"
        + "\"Nobody at the top wanted to hear it,\" the former Nortel executive said.\n");
    var q = a.marked("Nobody at the top");
    assertEquals("the former Nortel executive", q.speaker().mention().text(), a::describe);
    assertEquals(null, q.speaker().name(), a::describe);
  }
}
