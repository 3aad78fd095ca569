package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A noun with a past participle after it ("A report published Wednesday said") is the source, participle and all. */
class ReducedRelativeSourceTest {
  @Test
  void aNounAndItsParticipleAreTheSource() {
    QuotesOf a = QuotesOf.text("A survey published Wednesday said most tenants in the city now spend half their income on rent.\n");
    assertEquals("A survey published Wednesday", a.containing("most tenants").speaker().mention().text(), a::describe);
  }
}
