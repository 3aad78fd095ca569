package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A fronted clause or participle phrase is passed over when the sentence's subject introduces a quotation. */
class MainClauseStartTest {

  @Test
  void aStatementAfterAFrontedWhenClauseIsTheMainSubjects() {
    QuotesOf a = QuotesOf.text("When the old mill burned down in 1987, Mayor Tom Reed released the following statement:\n\n"
        + "\u201cOur town has lost its oldest friend, and we will rebuild it together.\u201d");
    Quote q = a.marked("oldest friend");
    assertEquals("Tom Reed", q.speaker().name(), a::describe);
  }

  @Test
  void aQuestionPutInAFrontedParticiplePhraseDoesNotSpeak() {
    QuotesOf a = QuotesOf.text("Asked which of the county fairs was her favourite, Senator Alma Ruiz laughed: "
        + "\u201cWhichever one has the best pie this year.\u201d");
    Quote q = a.marked("best pie");
    assertEquals("Alma Ruiz", q.speaker().name(), a::describe);
  }

  @Test
  void aSentenceWithoutAFrontedClauseKeepsItsFirstSubject() {
    QuotesOf a = QuotesOf.text("Coach Dana Pike looked back on the season:\n\n"
        + "\u201cWe lost the games that mattered, and that is on me.\u201d");
    Quote q = a.marked("games that mattered");
    assertEquals("Dana Pike", q.speaker().name(), a::describe);
  }
}
