package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import org.junit.jupiter.api.Test;

/** Wire credits in parentheses name reporters and editors; nobody is quoted in them. */
class CreditLineTest {
  private static final SpeechLexicon EN = SpeechLexicon.english();

  private static boolean opens(String inside) {
    return CreditLine.opens(inside, 0, inside.length(), EN.creditOpeners());
  }

  @Test
  void aCreditAfterTheLastParagraphQuotesNobody() {
    String text = "The court will hear the appeal in June.\n\n(Additional reporting by Lisa Shumaker and Ben Park in"
        + " Toronto, Paul Reyes and Tom Parker in Vancouver; Writing by Anna Leclerc)";
    QuotesOf a = QuotesOf.text(text);
    assertTrue(a.quotes().isEmpty(), a::describe);
  }

  @Test
  void aCreditStillLeavesTheQuoteBeforeIt() {
    String text = "The premier said the province will table its budget on March 4.\n\n"
        + "(Reporting by Anna Leclerc; Editing by Tom Parker)";
    QuotesOf a = QuotesOf.text(text);
    assertTrue(a.quotes().stream().anyMatch(q -> q.text().contains("will table its budget")), a::describe);
  }

  @Test
  void anEditingCreditOpensACredit() {
    assertTrue(opens(" Editing by Tom Parker and Lisa Shumaker"));
  }

  @Test
  void aParenthesisAboutWhatWasReportedIsNoCredit() {
    assertFalse(opens("reported by the agency in 2019"));
  }
}
