package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After an inverted cue, a role noun and a name whose given name the tagger misread: the source is the whole name. */
class MistaggedNameAfterRoleTest {

  @Test
  void namesTheSpeakerAfterARoleWhoseGivenNameWasMistagged() {
    QuotesOf a = QuotesOf.text("\"It is a good day for renters,\" said economist Helen Marsh, who studies housing.\n");
    assertEquals("Helen Marsh", a.marked("good day").speaker().name(), a::describe);
  }

  @Test
  void takesACapitalisedWordBetweenARoleNounAndAProperNoun() {
    List<Token> toks = QuotesOf.annotate("They spoke with economist Helen Marsh on Friday.").tokens();
    assertTrue(MistaggedNameAfterRole.at(toks, QuotesOf.indexOf(toks, "Helen")));
  }

  @Test
  void leavesACapitalisedWordThatFollowsNoRoleNoun() {
    List<Token> toks = QuotesOf.annotate("On Friday Helen Marsh spoke first.").tokens();
    assertFalse(MistaggedNameAfterRole.at(toks, QuotesOf.indexOf(toks, "Helen")));
  }
}
