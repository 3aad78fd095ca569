package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers the tagger makes hard to see: a noun tagged as an adjective, a verb of manner asking a question. */
class SubjectFormsTest {

  @Test
  void aNounTaggedAsAnAdjectiveAfterTheArticleIsTheSpeaker() {
    QuotesOf a = QuotesOf.text("\u201cYou are going to be the most effective messengers,\u201d the organizer told them.");
    assertEquals("the organizer", a.containing("effective messengers").speaker().mention().text(), a::describe);
  }

  @Test
  void anAdjectiveBeforeANounIsNotASubjectOfItsOwn() {
    AnnotatedText at = QuotesOf.annotate("The new plan will cost more.");
    List<Token> t = at.tokens();
    assertFalse(DeterminedAdjective.at(t, 1, 0), () -> t.get(1) + " " + t.get(2));
  }

  @Test
  void aQuestionSomeoneWonderedAboutIsTheirs() {
    QuotesOf a = QuotesOf.text("\"Will the bridge be ready by winter?\" a city engineer wondered.");
    assertEquals("a city engineer", a.containing("bridge be ready").speaker().mention().text(), a::describe);
  }

  @Test
  void wonderingWithoutQuotationMarksIsNoDirectQuote() {
    QuotesOf a = QuotesOf.text("A city engineer wondered about the bridge for weeks.");
    assertEquals(0, a.quotes().size(), a::describe);
  }
}
