package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Speaker;
import org.junit.jupiter.api.Test;

/** A common noun capitalised only because it opens the sentence ("Officials said") names no one: it describes the source. */
class OpeningCommonNounTest {

  private static Speaker speakerOf(String text, String words) {
    return QuotesOf.text(text).containing(words).speaker();
  }

  @Test
  void officialsOpeningASentenceHaveNoName() {
    assertNull(speakerOf("Officials said the review would take months.", "the review would take").name());
  }

  @Test
  void officialsOpeningASentenceAreTheDescription() {
    assertEquals("Officials", speakerOf("Officials said the review would take months.", "the review would take").description());
  }

  @Test
  void policeInAPlaceHaveNoNameButADescription() {
    Speaker s = speakerOf("Police in Ohio said the man was armed.", "the man was armed");
    assertNull(s.name());
    assertEquals("Police in Ohio", s.description());
  }

  @Test
  void aCollectiveNounOpeningASentenceIsNoName() {
    String text = "The plant employs 400 people. Management said the line would close, and management will meet the union.";
    assertNull(speakerOf(text, "the line would close").name());
  }

  @Test
  void anOrganisationOpeningASentenceKeepsItsName() {
    assertEquals("Greenpeace", speakerOf("Greenpeace said the spill had killed thousands of birds.", "the spill had killed").name());
  }

  @Test
  void aPersonOpeningASentenceKeepsHisName() {
    assertEquals("Trump", speakerOf("Trump said the tariffs would stay in place.", "the tariffs would stay").name());
  }

  @Test
  void aNameEndingInSThatTheArticleCapitalisesElsewhereKeepsItsName() {
    String text = "The report was first published by Reuters on Monday. Reuters reported that the talks had stalled.";
    assertEquals("Reuters", speakerOf(text, "the talks had stalled").name());
  }

  @Test
  void aCommonNounOpeningALongerNameStaysInIt() {
    assertEquals("Police Scotland", speakerOf("Police Scotland said the road would reopen on Friday.", "the road would reopen").name());
  }

  @Test
  void aCommonNounAfterAnOpeningDashHasNoName() {
    String text = "LONDON — Residents said the water smelled of gas for weeks.";
    assertNull(speakerOf(text, "the water smelled").name());
  }

  private static boolean opensWithCommonNoun(String text) {
    return new OpeningCommonNoun(QuotesOf.annotate(text).tokens()).at(0);
  }

  @Test
  void aFunctionWordOpeningASentenceIsNoName() {
    assertEquals(true, opensWithCommonNoun("After the vote, the senators left the chamber."));
  }

  @Test
  void aPluralNounOpeningASentenceIsACommonNoun() {
    assertEquals(true, opensWithCommonNoun("Analysts expect the bank to raise rates in June."));
  }

  @Test
  void aNameOpeningASentenceIsNoCommonNoun() {
    assertEquals(false, opensWithCommonNoun("Greenpeace has campaigned against the pipeline for a decade."));
  }

  @Test
  void anOpeningPluralTheArticleWritesInLowerCaseIsACommonNoun() {
    assertEquals(true, opensWithCommonNoun("Sources say the deal is close. Two other sources disagreed."));
  }
}
