package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A pronoun with a contraction the tokenizer left on it ("He’s", "I’ve") is a pronoun, never a speaker's name. */
class ContractedPronounSourceTest {
  @Test
  void aPronounWithACurlyContractionResolvesToThePersonBefore() {
    QuotesOf a = QuotesOf.text("Marta Quinlan, the county's health officer, spoke to the board on Monday.\n\n"
        + "She\u2019s said that \u201cthe clinics cannot take one more patient this winter.\u201d\n");
    assertEquals("Marta Quinlan", a.marked("clinics").speaker().name(), a::describe);
  }

  @Test
  void aFirstPersonContractionIsNoName() {
    QuotesOf a = QuotesOf.text("I\u2019ve told the council, \u201cThe bridge will not be finished before spring.\u201d\n");
    assertNotEquals("I\u2019ve", a.marked("bridge").speaker().name(), a::describe);
  }
}
