package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cheap tests of the words before a name that spare the title patterns most mentions. */
class WordsBeforeNameTest {
  /** Whether the words before {@code name} in {@code sentence} pass the organisation-and-title test. */
  private static boolean orgTitle(String sentence, String name) {
    int at = sentence.indexOf(name);
    return WordsBeforeName.capitalisedWordThenLowerWords(sentence, Math.max(0, at - 80), at);
  }

  private static boolean portfolio(String sentence, String name) {
    int at = sentence.indexOf(name);
    return WordsBeforeName.forThenLowerWords(sentence, Math.max(0, at - 100), at);
  }

  @Test
  void aCapitalisedNameThenOneLowerCaseTitleWordPasses() {
    assertTrue(orgTitle("The plan was backed by Brightline Homes spokesman Greg Hall on Friday.", "Greg Hall"));
  }

  @Test
  void aCapitalisedNameThenTwoLowerCaseTitleWordsPasses() {
    assertTrue(orgTitle("Deccan Biologicals managing director Asha Rao said exports rose.", "Asha Rao"));
  }

  @Test
  void lowerCaseWordsWithNoCapitalisedWordBeforeThemFail() {
    assertFalse(orgTitle("the new wing was opened last week by Mia Holt.", "Mia Holt"));
  }

  @Test
  void aNameAfterACommaFailsTheOrganisationTest() {
    assertFalse(orgTitle("Shares fell sharply, Omar Nasser told reporters.", "Omar Nasser"));
  }

  @Test
  void aTitleWordGluedToAQuoteMarkFails() {
    assertFalse(orgTitle("Harbour Trust \"spokesman Nick Orr was not available.", "Nick Orr"));
  }

  @Test
  void aPortfolioAfterForPasses() {
    assertTrue(portfolio("The cabinet member for highways and transport Helen Markland backed it.", "Helen Markland"));
  }

  @Test
  void aPossessivePortfolioAfterForPasses() {
    assertTrue(portfolio("Shadow minister for children's services Ann Lee voted against.", "Ann Lee"));
  }

  @Test
  void lowerCaseWordsWithoutForFailThePortfolioTest() {
    assertFalse(portfolio("The scheme was praised yesterday by Ann Lee.", "Ann Lee"));
  }

  @Test
  void aCapitalisedWordAfterForFailsThePortfolioTest() {
    assertFalse(portfolio("The minister for Transport said so to Ann Lee.", "Ann Lee"));
  }

  @Test
  void forInsideAWordFailsThePortfolioTest() {
    assertFalse(portfolio("The old fortress tour guide met Ann Lee.", "Ann Lee"));
  }
}
