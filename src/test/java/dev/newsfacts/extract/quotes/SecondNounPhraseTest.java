package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After the one who is told, a second noun phrase is the subject of what was said, not more of the addressee. */
class SecondNounPhraseTest {
  @Test
  void aSecondArticleAfterTheAddresseeOpensTheContent() {
    QuotesOf a = QuotesOf.text("The minister told the union leaders the offer would not change.\n");
    assertEquals("the offer would not change", a.reported().get(0).text(), a::describe);
  }

  @Test
  void itAfterAPronounAddresseeOpensTheContent() {
    QuotesOf a = QuotesOf.text("The mayor assured him it was too late to reopen the arena.\n");
    assertEquals("it was too late to reopen the arena", a.reported().get(0).text(), a::describe);
  }

  @Test
  void aPossessiveAfterANamedAddresseeOpensTheContent() {
    QuotesOf a = QuotesOf.text("Senator Walsh told CBC News his party would oppose the bill.\n");
    assertEquals("his party would oppose the bill", a.reported().get(0).text(), a::describe);
  }

  @Test
  void anAddresseeWithItsOwnArticleStaysWhole() {
    QuotesOf a = QuotesOf.text("The coach told the players that the season was over.\n");
    assertEquals("the season was over", a.reported().get(0).text(), a::describe);
  }
}
