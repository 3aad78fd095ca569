package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a sentence whose lower-case words are a headline's small words is read as a title-case headline. */
class HeadlineSentencesTest {
  @Test
  void aSentenceFullOfNamesWithAPlainVerbIsRunningText() {
    List<String> names = PeopleOf.names(
        "External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi in Beijing.");
    assertEquals(List.of("S. Jaishankar", "Wang Yi"), names);
  }

  @Test
  void aTitleCaseHeadlineKeepsItsVerbsOutOfNames() {
    assertEquals(List.of("Donald Trump"), PeopleOf.names("Lawmakers Rip Donald Trump as a Fraud"));
  }
}
