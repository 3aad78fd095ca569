package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Photo captions and the setting words after a quotation's cue are not reported speech. */
class CaptionAndTrailerTest {
  private static final SpeechLexicon EN = SpeechLexicon.english();

  private static boolean caption(String paragraph) {
    return PhotoCaption.test(paragraph, 0, paragraph.length(), EN.captionMarkers());
  }

  @Test
  void aCaptionEndingWithAPhotoCreditQuotesNobody() {
    QuotesOf a = QuotesOf.text("The plant will close in March.\n\nUnion president Dave Cassidy says the union will fight for"
        + " every job. (Photo: Geoff Robins/The Canadian Press)");
    assertTrue(a.allContaining("fight for every job").isEmpty(), a::describe);
  }

  @Test
  void aCaptionEndingWithAPhotographerAndAgencyIsACaption() {
    assertTrue(caption("Mayor Lina Ruiz says the bridge will reopen in May. (Darren Calabrese/The Canadian Press)"));
  }

  @Test
  void aParagraphEndingWithAnAsideInParenthesesIsNoCaption() {
    assertFalse(caption("The minister said the bridge will reopen in May (the city had hoped for April)."));
  }

  @Test
  void aSentenceBeforeACaptionParagraphStillReports() {
    QuotesOf a = QuotesOf.text("The mayor said the bridge will reopen in May.\n\n(Photo: Ana Ruiz/Reuters)");
    assertEquals(1, a.allContaining("the bridge will reopen").size(), a::describe);
  }

  @Test
  void wordsOpeningWithAsAfterAQuotationsCueAreNotASecondQuote() {
    QuotesOf a = QuotesOf.text("\"We are going to win this riding,\" Beck said as she left the stage on Monday night.");
    assertTrue(a.allContaining("she left the stage").isEmpty(), a::describe);
  }

  @Test
  void wordsOpeningWithWithAfterAQuotationsCueAreNotASecondQuote() {
    QuotesOf a = QuotesOf.text("\"Ask me again in a year,\" the mayor told reporters with a laugh at city hall.");
    assertTrue(a.allContaining("with a laugh").isEmpty(), a::describe);
  }

  @Test
  void aParticipleAndWhenAfterAQuotationsCueAreNotASecondQuote() {
    QuotesOf a = QuotesOf.text("\"I've got a mortgage and two kids in college,\" Reaume said, laughing when asked about his plans.");
    assertTrue(a.allContaining("when asked about his plans").isEmpty(), a::describe);
  }

  @Test
  void aParticipleAndThatAfterAQuotationsCueStillReports() {
    QuotesOf a = QuotesOf.text("\"He met every test,\" the board said, reasoning that the senator was born a citizen.");
    assertEquals(1, a.allContaining("was born a citizen").size(), a::describe);
  }

  @Test
  void aClauseAfterAQuotationsCueStillReports() {
    QuotesOf a = QuotesOf.text("\"It is a sad day,\" Marchetti said, and the company will keep its Guelph plant open.");
    assertEquals(1, a.quotes().stream().filter(q -> q.text().contains("It is a sad day")).count(), a::describe);
  }

  @Test
  void theTrailerRuleNeedsAQuotationBeforeTheSource() {
    AnnotatedText at = QuotesOf.annotate("The premier said as many as 300 nurses will be hired by the spring.");
    List<Token> t = at.tokens();
    int said = 2;
    assertEquals("said", t.get(said).text());
    assertFalse(QuoteTrailer.test(t, new boolean[t.size()], 0, 0, said + 1));
  }

  @Test
  void theTrailerRuleFiresAfterAClosingQuotationMark() {
    AnnotatedText at = QuotesOf.annotate("\"We won,\" Beck said as she left.");
    List<Token> t = at.tokens();
    int beck = 0;
    while (!t.get(beck).is("Beck")) beck++;
    assertTrue(QuoteTrailer.test(t, new boolean[t.size()], 0, beck, beck + 2));
  }
}
