package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A sentence whose named subject is set off by an apposition ("Helen Carver, 71, of Bedford, has waited") still
 * has that name as its subject, so a "she said" opening the next paragraph goes on from her.
 */
class ApposedSentenceSubjectTest {

  @Test
  void anAgeAndHometownBetweenCommasLeaveTheNameAsSubject() {
    QuotesOf a = QuotesOf.text("""
        Union leader Rachel Dunn said her members are already stretched thin.

        Many patients say they have given up. Helen Carver, 71, of Bedford, has been waiting for a doctor since 2020.

        "Every visit I start from the beginning," she said.
        """);
    assertEquals("Helen Carver", a.marked("Every visit").speaker().name(), a::describe);
  }

  @Test
  void anAgeAloneBetweenCommasLeavesTheNameAsSubject() {
    QuotesOf a = QuotesOf.text("""
        Fire chief Daniel Moreau said crews worked through the night.

        Farmer Gregory Hale, 58, lost two barns and most of his hay.

        "I have nothing left to feed them," he said.
        """);
    assertEquals("Gregory Hale", a.marked("nothing left").speaker().name(), a::describe);
  }

  @Test
  void aRoleBetweenCommasLeavesTheNameAsSubject() {
    QuotesOf a = QuotesOf.text("""
        Mayor Olivia Grant said the bridge would reopen in May.

        Sarah Lind, a nurse at the county hospital, has crossed it twice a day for years.

        "The detour adds forty minutes each way," she said.
        """);
    assertEquals("Sarah Lind", a.marked("detour adds").speaker().name(), a::describe);
  }
}
