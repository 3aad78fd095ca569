package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A speaker whose name the tokenizer split at a hyphen is named by the whole hyphenated word. */
class HyphenatedSpeakerNameTest {

  @Test
  void aCompanyNameWithAHyphenIsNamedWhole() {
    QuotesOf q = QuotesOf.text("\"Our stores will stay open,\" Kwik-Save said in a statement.");
    assertEquals("Kwik-Save", q.containing("Our stores will stay open").speaker().name(), q::describe);
  }

  @Test
  void aSurnameWithAParticleAndHyphenIsNamedWhole() {
    QuotesOf q = QuotesOf.text("\"The talks were useful,\" Al-Hashemi said on Monday.");
    assertEquals("Al-Hashemi", q.containing("The talks were useful").speaker().name(), q::describe);
  }

  @Test
  void aHyphenatedSurnameAloneTakesTheFullNameWrittenEarlier() {
    QuotesOf q = QuotesOf.text("City council member Rosa Diaz-Whitfield opposed the plan.\n\n"
        + "\"The budget leaves our parks behind,\" Diaz-Whitfield said.");
    assertEquals("Rosa Diaz-Whitfield", q.containing("The budget leaves our parks").speaker().name(), q::describe);
  }

  @Test
  void aHyphenatedSurnameAfterAGivenNameIsNamedWhole() {
    QuotesOf q = QuotesOf.text("\"We will vote on Monday,\" said Council Speaker Rosa Diaz-Whitfield.");
    assertEquals("Rosa Diaz-Whitfield", q.containing("We will vote on Monday").speaker().name(), q::describe);
  }

  @Test
  void piecesOfTheHyphenatedWordBecomeTheWholeWord() {
    assertEquals("Kwik-Save", HyphenatedName.widen("Save", "Kwik-Save"));
    assertEquals("Rosa Diaz-Whitfield", HyphenatedName.widen("Rosa Diaz", "Diaz-Whitfield"));
    assertEquals("Paul Okafor", HyphenatedName.widen("Paul Okafor", "Diaz-Whitfield"));
  }

  @Test
  void aSpacedDashJoinsNoWords() {
    var toks = QuotesOf.annotate("Lee - Smith said it.").tokens();
    assertEquals(new TokenSpan(0, 1), HyphenatedName.around(toks, 0));
  }

  @Test
  void aHyphenatedWordNamingSomethingElseLeavesThePersonsName() {
    QuotesOf q = QuotesOf.text("\"The race is close,\" said Tom Mercer of the Mercer-Lowell Election Report.");
    assertEquals("Tom Mercer", q.containing("The race is close").speaker().name(), q::describe);
  }
}
