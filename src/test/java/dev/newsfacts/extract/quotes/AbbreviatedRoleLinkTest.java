package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** "the senator" names the person the article introduced with the abbreviated title ("Sen. Ana Ruiz"). */
class AbbreviatedRoleLinkTest {
  @Test
  void theSenatorIsThePersonIntroducedAsSen() {
    QuotesOf a = QuotesOf.text("Sen. Ana Ruiz toured the flooded valley on Monday with county officials.\n\n"
        + "\"We will rebuild every bridge,\" the senator said.\n");
    assertEquals("Ana Ruiz", a.marked("rebuild").speaker().name(), a::describe);
  }

  @Test
  void theCongressmanIsThePersonIntroducedAsRep() {
    QuotesOf a = QuotesOf.text("Rep. Tom Okafor toured the flooded valley on Monday with county officials.\n\n"
        + "\"We will rebuild every bridge,\" the congressman said.\n");
    assertEquals("Tom Okafor", a.marked("rebuild").speaker().name(), a::describe);
  }

  @Test
  void aCourtesyTitleGivesNoRole() {
    QuotesOf a = QuotesOf.text("A young woman stopped Mrs. Ruiz outside the hall on Monday.\n\n"
        + "\"We will rebuild every bridge,\" the senator said.\n");
    assertNull(a.marked("rebuild").speaker().name(), a::describe);
  }

  @Test
  void theJudgeIsThePersonIntroducedAsJustice() {
    QuotesOf a = QuotesOf.text("In a ruling released Friday, Justice Mary Cole dismissed the landlord's appeal.\n\n"
        + "\"Tenants are entitled to notice,\" the judge wrote.\n");
    assertEquals("Mary Cole", a.marked("entitled").speaker().name(), a::describe);
  }
}
