package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** '"…," Will wrote': a capitalised word between a closing quote and its cue is a name, even one that is also a modal. */
class NameAfterQuoteTest {
  @Test
  void aSurnameThatIsAlsoAModalIsTheSpeaker() {
    QuotesOf a = QuotesOf.text("The columnist George Will has long opposed the plan.\n\n"
        + "\u201cThe nominating process could send a novice to the capital,\u201d Will wrote.\n");
    Quote q = a.marked("The nominating process");
    assertEquals("Will", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aSurnameThatIsAlsoAPrepositionIsTheSpeaker() {
    QuotesOf a = QuotesOf.text("Al From founded the council in 1985.\n\n"
        + "\"The circumstances changed when the depression came,\" From said. \"People point the finger at the banks.\"\n");
    assertEquals("From", a.marked("The circumstances changed").speaker().mention().text(), a::describe);
    assertEquals("From", a.marked("People point the finger").speaker().mention().text(), a::describe);
  }
}
