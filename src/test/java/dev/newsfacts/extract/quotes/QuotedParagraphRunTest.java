package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** 'Mbeki stated:  "…  "…  "…': each paragraph of a quotation running on from a colon is the introducer's. */
class QuotedParagraphRunTest {
  @Test
  void aLaterParagraphOfARunningQuotationIsTheIntroducersEvenWhenEarlierOnesWereMissed() {
    QuotesOf a = QuotesOf.text("The council met on Monday to vote on the levy.\n\n"
        + "Councillor Thabo Mbeki stated:\n\n"
        + "\"The levy is a \u201ctax on the poor\u201d and nothing else. It hurts every family on this street.\n\n"
        + "\"The solution is not another fee. Let the province pay what it owes. That is the whole story.\"\n");
    Quote q = a.marked("The solution is not another fee");
    assertEquals("Thabo Mbeki", q.speaker().name(), a::describe);
  }

  @Test
  void aParagraphWithItsOwnAttributionEndsTheRun() {
    QuotesOf a = QuotesOf.text("The council met on Monday to vote on the levy.\n\n"
        + "Councillor Thabo Mbeki stated:\n\n"
        + "\"The levy is a tax on the poor,\" said Grace Dube, who chairs the ratepayers' group.\n\n"
        + "\"We will take this to court. We will win there too.\"\n");
    Quote q = a.marked("We will take this to court");
    assertNotEquals("Thabo Mbeki", q.speaker().name(), a::describe);
  }
}
