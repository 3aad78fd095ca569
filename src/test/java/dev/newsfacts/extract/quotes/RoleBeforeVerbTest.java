package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A role word belongs to the name right after it, not to a name further on past a verb: in "Justice Ann Tse said
 * Tom Pryce had lied", "the judge" is Ann Tse, not Tom Pryce.
 */
class RoleBeforeVerbTest {
  @Test
  void theJudgeIsNotThePersonNamedAfterTheJudgesVerb() {
    QuotesOf a = QuotesOf.text("Justice Ann Tse said Tom Pryce had misled his investors for years.\n\n"
        + "\"The harm here is lasting,\" the judge said.\n");
    assertEquals("Ann Tse", a.marked("harm here").speaker().name(), a::describe);
  }

  @Test
  void theSenatorIsNotThePersonTheSenatorCriticised() {
    QuotesOf a = QuotesOf.text("Senator Ruth Alder criticised Mark Ellison over the delayed pipeline review.\n\n"
        + "\"Families deserve an answer,\" the senator said.\n");
    assertEquals("Ruth Alder", a.marked("Families deserve").speaker().name(), a::describe);
  }

  @Test
  void theMayorIsNotTheManTheMayorThanked() {
    QuotesOf a = QuotesOf.text("Mayor Lisa Brandt thanked Omar Haddad for organising the cleanup.\n\n"
        + "\"The river looks better than it has in years,\" the mayor said.\n");
    assertEquals("Lisa Brandt", a.marked("river looks").speaker().name(), a::describe);
  }
}
