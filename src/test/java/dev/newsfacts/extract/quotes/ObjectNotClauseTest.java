package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The object of a speech verb ("announced a plan to ...") is not reported speech; a clause is. */
class ObjectNotClauseTest {
  private static boolean objectAfter(String sentence, String verb) {
    AnnotatedText at = QuotesOf.annotate(sentence);
    List<Token> t = at.tokens();
    int v = 0;
    while (!t.get(v).is(verb)) v++;
    int end = t.size();
    while (end > v + 1 && "PUNCT".equals(t.get(end - 1).pos())) end--;
    return ObjectNotClause.test(t, v + 1, end);
  }

  @Test
  void announcedAPlanToReportsNothing() {
    QuotesOf a = QuotesOf.text("Windsor Mayor Drew Dilkens announced a plan to turn the site into an industrial park.");
    assertTrue(a.reported().isEmpty(), a::describe);
  }

  @Test
  void orderedAReportAndAdjournedReportsNothing() {
    QuotesOf a = QuotesOf.text("The judge ordered a pre-sentence report and adjourned the case until April 9.");
    assertTrue(a.reported().isEmpty(), a::describe);
  }

  @Test
  void anAnnouncedClauseStillReports() {
    QuotesOf a = QuotesOf.text("The minister announced the province will hire 300 nurses by the spring.");
    assertEquals(1, a.allContaining("will hire 300 nurses").size(), a::describe);
  }

  @Test
  void aNounSubjectWithAFiniteVerbIsAClause() {
    assertFalse(objectAfter("Police said the driver fled and crashed into a fence.", "said"));
  }

  @Test
  void aDeterminerNounAndInfinitiveIsAnObject() {
    assertTrue(objectAfter("The agency announced a plan to review its ballot design.", "announced"));
  }

  @Test
  void aPronounSubjectIsNeverReadAsAnObject() {
    assertFalse(objectAfter("She said it to make a point.", "said"));
  }
}
