package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A pronoun means the person its sentence named first as a subject, not a later object or a possessor. */
class SubjectBeforePronounTest {
  @Test
  void thePronounAfterASubjectAndAnObjectMeansTheSubject() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "David Baker went after Michael Okafor at the debate on Thursday, when he called the tax plan \u201ca fantasy for the rich.\u201d\n");
    assertEquals("David Baker", a.marked("a fantasy for the rich").speaker().name(), a::describe);
  }

  @Test
  void aPossessorBeforeTheSubjectIsNotWhoThePronounMeans() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "David Baker's rival Michael Okafor spent the day in Ohio, where he called the tax plan \u201ca fantasy for the rich.\u201d\n");
    assertEquals("Michael Okafor", a.marked("a fantasy for the rich").speaker().name(), a::describe);
  }

  @Test
  void aNameAfterAVerbIsItsObjectUnlessAVerbOfItsOwnFollows() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "Though he did not mention Michael Okafor by name, David Baker said he would fight \u201cevery last tax hike.\u201d\n");
    assertEquals("David Baker", a.marked("every last tax hike").speaker().name(), a::describe);
  }
}
