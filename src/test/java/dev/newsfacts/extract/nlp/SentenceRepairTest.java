package dev.newsfacts.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import opennlp.tools.util.Span;

/** Where the sentence model's pieces are joined again. */
class SentenceRepairTest {
  private static List<String> repaired(String para, Span... pieces) {
    return SentenceRepair.repair(para, pieces).stream().map(r -> para.substring(r.start(), r.end())).toList();
  }

  @Test
  void joinsAPieceCutInsideAFigureBeforeALowerCaseWord() {
    String p = "Analysts expected $431.5 million, according to LSEG data.";
    int cut = p.indexOf("million");
    assertEquals(List.of(p), repaired(p, new Span(0, cut - 1), new Span(cut, p.length())));
  }

  @Test
  void joinsASplitAfterAFirmsCoBeforeTheRestOfItsName() {
    String p = "Okello & Co. Advocates said the ruling would be appealed.";
    int cut = p.indexOf("Advocates");
    assertEquals(List.of(p), repaired(p, new Span(0, cut - 1), new Span(cut, p.length())));
  }

  @Test
  void keepsASplitAfterAFirmsCoBeforeANewSentence() {
    String p = "Shares rose at Tarrant & Co. Analysts said the gain would last.";
    int cut = p.indexOf("Analysts");
    assertEquals(List.of("Shares rose at Tarrant & Co.", "Analysts said the gain would last."),
        repaired(p, new Span(0, cut - 1), new Span(cut, p.length())));
  }

  @Test
  void keepsASplitAfterAFullStop() {
    String p = "Sales fell. shares rose later.";
    int cut = p.indexOf("shares");
    assertEquals(List.of("Sales fell.", "shares rose later."), repaired(p, new Span(0, cut - 1), new Span(cut, p.length())));
  }

  @Test
  void joinsASplitAfterATitleAbbreviation() {
    String p = "Sen. Ana Ruiz voted no.";
    assertEquals(List.of(p), repaired(p, new Span(0, 4), new Span(5, p.length())));
  }

  @Test
  void joinsASplitAfterRupeesWrittenBeforeTheFigure() {
    String p = "The mill earned Rs. 2.6 billion in the year.";
    int cut = p.indexOf("2.6");
    assertEquals(List.of(p), repaired(p, new Span(0, cut - 1), new Span(cut, p.length())));
  }

  @Test
  void joinsASplitAfterAUnitAbbreviationBeforeALowerCaseWord() {
    String p = "Growers expect 41 bushels an acre, down from 45 bu. two weeks ago, the ministry said.";
    int cut = p.indexOf("two weeks");
    assertEquals(List.of(p), repaired(p, new Span(0, cut - 1), new Span(cut, p.length())));
  }

  @Test
  void keepsASplitAfterAUnitAbbreviationBeforeACapital() {
    String p = "The bags weighed 50 lb. The buyers paid more.";
    int cut = p.indexOf("The buyers");
    assertEquals(List.of("The bags weighed 50 lb.", "The buyers paid more."),
        repaired(p, new Span(0, cut - 1), new Span(cut, p.length())));
  }
}
