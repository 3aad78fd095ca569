package dev.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gold side's parsing: BRAT records, quotation-mark pairing, Python's number formatting. */
class ParsingTest {
  @Test
  void readsDiscontinuousSpansAndTextsRunningOverLines() throws Exception {
    BratFile f = BratFile.parse("T1\tContent 0 5;9 14\tfirst\nsecond\nE1\tAttribution:T1 Content:T1\n#1\tNote T1\tx\n", "a.ann");
    BratFile.TextBound t = f.textBounds.get("T1");
    assertEquals(List.of(new Span(0, 5), new Span(9, 14)), t.frags());
    assertEquals("first\nsecond", t.text());
    assertEquals(List.of(new BratFile.Argument("Attribution", "T1"), new BratFile.Argument("Content", "T1")),
        f.events.get("E1"));
  }

  @Test
  void namesTheFileOfAMalformedRecord() {
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> BratFile.parse("T1\tContent zero five\tx\n", "bad.ann"));
    assertEquals(true, e.getMessage().startsWith("bad.ann: malformed record"));
  }

  private static List<String> quoted(String text) {
    int[] cps = text.codePoints().toArray();
    return QuoteMarks.spans(cps).stream().map(s -> new String(cps, s.start(), s.length())).toList();
  }

  @Test
  void pairsStraightAndCurlyMarksWithinAParagraph() {
    assertEquals(List.of("Go home,", "now"), quoted("\"Go home,\" she said, \u201cnow\u201d."));
  }

  @Test
  void closesAQuoteLeftOpenAtTheEndOfItsParagraph() {
    assertEquals(List.of("First part of a long quote.", "Second part."),
        quoted("\u201cFirst part of a long quote.\n\u201cSecond part.\u201d"));
  }

  @Test
  void readsACurlyMarkAgainstItsShapeWhenTheContextSaysSo() {
    // a closing mark typed where an opening one belongs, and the reverse
    assertEquals(List.of("wrong way round"), quoted("He said \u201dwrong way round\u201c today."));
  }

  @Test
  void roundsThreeDecimalsHalfToEvenLikePython() {
    assertEquals("0.062", ScoreTable.fixed3(0.0625));
    assertEquals("0.188", ScoreTable.fixed3(0.1875));
    assertEquals("0.667", ScoreTable.fixed3(2.0 / 3));
    assertEquals("1.000", ScoreTable.fixed3(1.0));
  }

  @Test
  void treatsNoBreakSpaceAsSpaceLikePython() {
    assertEquals(2, PyText.wordCount("two\u00a0words"));
    assertEquals(1, PyText.wordCount("one\u200bword"));
  }
}
