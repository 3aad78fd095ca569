package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A "she said" is the woman the paragraph is about, not the woman who spoke in the paragraph before. */
class ParagraphSubjectPronounTest {

  private static final String BROADBAND = """
      Analyst Priya Raman of Desjardins Securities said the funding would help small providers. She added that \
      building costs had risen sharply.

      Minister Karen Whitfield declined to say whether the program would be extended. "We'll see where we are," \
      she said.
      """;

  @Test
  void resolvesThePronounToTheNamedSubjectOfItsOwnParagraph() {
    QuotesOf a = QuotesOf.text(BROADBAND);
    assertEquals("Karen Whitfield", a.marked("We'll see").speaker().name(), a::describe);
  }

  @Test
  void keepsTheSpeakerOfTheSameParagraphOverALaterNamedSubject() {
    QuotesOf a = QuotesOf.text("""
        Gov. Ellen Marsh said the bridge would reopen in May. Senator Joan Pike has called for an inquiry. \
        "The engineers tell me it is safe," she said.
        """);
    assertEquals("Ellen Marsh", a.marked("engineers").speaker().name(), a::describe);
  }

  @Test
  void passesOverASubjectOfTheOtherGender() {
    QuotesOf a = QuotesOf.text("""
        Analyst Priya Raman said the funding would help small providers.

        Mayor Tom Briggs declined to comment on the plan. "It is too early to tell," she said.
        """);
    assertEquals("Priya Raman", a.marked("too early").speaker().name(), a::describe);
  }
}
