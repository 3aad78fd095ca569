package dev.newsfacts.extract;

import static dev.newsfacts.extract.FixtureArticles.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks: which spans become quotes, and where they start and end. */
class QuoteMarksTest {

  @Test
  void findsAStraightQuotedSentenceWithoutItsMarks() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.marked("We cannot keep turning away the largest ships");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals(a.offsetOf("We cannot keep"), q.start(), "the quote starts right after the opening mark");
    assertFalse(q.text().contains("\""), q.text());
  }

  @Test
  void findsACurlyQuotedSentenceWithoutItsMarks() {
    ExtractedArticle a = ExtractedArticle.of(CURLY);
    Quote q = a.marked("This budget keeps every branch library open");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals('“', a.text().charAt(q.start() - 1));
    assertFalse(q.text().contains("“") || q.text().contains("”"), q.text());
  }

  @Test
  void keepsSingleQuotesNestedInsideDoubleQuotesInTheOuterQuote() {
    ExtractedArticle a = ExtractedArticle.of(CURLY);
    Quote q = a.marked("I told my colleagues");
    assertTrue(q.text().startsWith("I told my colleagues, ‘Read page forty before you vote,’ and I doubt"), q.text());
    assertTrue(q.text().contains("half of them did"), q.text());
  }

  @Test
  void doesNotReportASingleQuoteNestedInADoubleQuoteSeparately() {
    ExtractedArticle a = ExtractedArticle.of(CURLY);
    Quote outer = a.marked("I told my colleagues");
    assertEquals(List.of(outer), a.overlapping(outer.start(), outer.end()), a.describe());
  }

  @Test
  void findsBothPiecesOfAQuoteSplitByItsAttribution() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote first = a.marked("The channel is too shallow at low tide");
    Quote second = a.marked("and the ships are not getting any smaller");
    assertTrue(first.end() < a.offsetOf("Delacroix said, \"and"), "the first piece ends before the attribution");
    assertEquals(a.offsetOf("and the ships"), second.start(), "the second piece starts after its opening mark");
  }

  @Test
  void endsAQuoteParagraphThatOpensWithoutClosingAtTheParagraphEnd() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    Quote q = a.marked("Our teams on the ground report");
    assertTrue(q.text().endsWith("have lost their homes."), q.text());
    assertEquals(a.offsetOf("\n", "have lost their homes."), q.end());
  }

  @Test
  void startsANewQuoteForEachParagraphOfAMultiParagraphQuote() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    Quote middle = a.marked("We are coordinating with the Peruvian government");
    Quote last = a.marked("This is a first tranche");
    assertEquals(a.offsetOf("We are coordinating"), middle.start());
    assertEquals(a.offsetOf("This is a first tranche"), last.start());
    assertEquals(QuoteKind.DIRECT, middle.kind());
    assertEquals(QuoteKind.DIRECT, last.kind());
  }

  @Test
  void keepsAnUnclosedQuoteFromSwallowingTheNextParagraphs() {
    ExtractedArticle a = ExtractedArticle.of(UNBALANCED);
    Quote q = a.marked("We called in March");
    assertTrue(q.end() <= a.offsetOf("\n", "We called in March"), "ends within its paragraph: " + q.text());
  }

  @Test
  void findsTheQuotesThatFollowAnUnclosedQuote() {
    ExtractedArticle a = ExtractedArticle.of(UNBALANCED);
    assertEquals(QuoteKind.DIRECT, a.marked("The pipe was older than I am").kind());
    assertEquals(QuoteKind.DIRECT, a.marked("We are replacing it block by block").kind());
  }

  @Test
  void doesNotReadAnInchMarkAsAQuotationMark() {
    ExtractedArticle a = ExtractedArticle.of(UNBALANCED);
    int at = a.offsetOf("water main under Peoria");
    assertTrue(a.overlapping(at, at + 5).stream().noneMatch(q -> q.kind() != QuoteKind.INDIRECT), a.describe());
  }

  @Test
  void doesNotReadAPluralPossessiveApostropheAsAQuotationMark() {
    ExtractedArticle a = ExtractedArticle.of(UNBALANCED);
    int at = a.offsetOf("overtime would add");
    assertTrue(a.overlapping(at, at + 8).stream().noneMatch(q -> q.kind() != QuoteKind.INDIRECT), a.describe());
  }

  @Test
  void givesTheSecondPieceOfASplitQuoteTheKindDirect() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    assertEquals(QuoteKind.DIRECT, a.marked("and the ships are not getting any smaller").kind(),
        "the whole sentence is in quotation marks; it is not a fragment woven into reported speech");
  }
}
