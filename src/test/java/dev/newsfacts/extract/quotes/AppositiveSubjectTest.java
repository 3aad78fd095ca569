package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A cue coordinated with an earlier verb ("became a delegate and said") takes that verb's subject, past an appositive. */
class AppositiveSubjectTest {

  @Test
  void aNameBeforeAnAppositiveIsTheSourceOfASecondPredicate() {
    QuotesOf q = QuotesOf.text("Gary Lee, a former party chairman, became a delegate and said he is leaning toward the governor.");
    assertEquals("Gary Lee", q.containing("he is leaning toward the governor").speaker().mention().text(), q::describe);
  }

  @Test
  void aCommonNounBeforeAnAppositiveIsTheSourceToo() {
    QuotesOf q = QuotesOf.text("The mayor, a former teacher, visited the school and said the roof would be fixed by June.");
    // a description keeps its appositive, as it does right before a cue ("The mayor, a former teacher, said")
    assertEquals("The mayor, a former teacher", q.containing("the roof would be fixed").speaker().mention().text(), q::describe);
  }
}
