package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A description of one person ("the Texas senator") names the only person named just before it. */
class SolePersonBeforeTest {
  @Test
  void aDescriptionNamesTheOnlyPersonItsParagraphNamedBeforeIt() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "Marta Quillen warned against a contested convention on Tuesday. "
        + "\u201cIt would be an absolute disaster for the party,\u201d the Oregon senator said.\n");
    assertEquals("Marta Quillen", a.marked("It would be an absolute disaster").speaker().name(), a::describe);
  }

  @Test
  void aDescriptionOpeningAParagraphNamesTheOnlyPersonOfTheParagraphBefore() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "Desmond Okafor spent the morning touring a steel plant outside the city.\n\n"
        + "\u201cThese jobs are coming back, and they are coming back soon,\u201d the billionaire investor told workers.\n");
    assertEquals("Desmond Okafor", a.marked("These jobs are coming back").speaker().name(), a::describe);
  }

  @Test
  void twoPeopleBeforeTheDescriptionLeaveItUnnamed() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "Marta Quillen accused Desmond Okafor of ducking the debate. "
        + "\u201cHe is hiding from the voters,\u201d the Oregon senator said.\n");
    assertNull(a.marked("He is hiding").speaker().name(), a::describe);
  }

  @Test
  void aDescriptionAnsweringTheLatestSpeakerInANewParagraphIsNotThatSpeaker() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "\u201cSo that would be you?\u201d Gloria Benning asked.\n\n"
        + "\u201cThat would be me, yes,\u201d the senator said.\n");
    assertNotEquals("Gloria Benning", a.marked("That would be me").speaker().name(), a::describe);
  }

  @Test
  void aDescriptionOfAnOrganisationNamesNoPerson() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "Marta Quillen raised more money than any rival last month. "
        + "\u201cWe are ready for November,\u201d the campaign said in a statement.\n");
    assertNull(a.marked("We are ready for November").speaker().name(), a::describe);
  }

  @Test
  void aPersonNamedOnlyInsideTheQuotationIsNotTheOneDescribed() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "\u201cJustice Marta Quillen has embarrassed the court with her remarks,\u201d the presumptive nominee wrote.\n");
    assertNull(a.marked("has embarrassed the court").speaker().name(), a::describe);
  }

  @Test
  void thePersonAskedInAPassiveIsNotTheOneWhoAsked() {
    QuotesOf a = QuotesOf.text("Voters in three states go to the polls next week.\n\n"
        + "Desmond Okafor was asked about police violence on Thursday night. "
        + "\u201cWhat would you change first?\u201d the moderator said.\n");
    assertNull(a.marked("What would you change first").speaker().name(), a::describe);
  }
}
