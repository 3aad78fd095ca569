package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A capitalised word the tagger tags as a pronoun, but which is no pronoun, is a name that can speak. */
class MistaggedPronounNameTest {
  @Test
  void aSurnameTaggedAsAPronounIsTheSourceOfTheParticiple() {
    QuotesOf a = QuotesOf.text("Weaver did not seem impressed, telling reporters, \u201cWe will not pay for this bridge.\u201d\n");
    assertEquals("Weaver", a.marked("bridge").speaker().mention().text(), a::describe);
  }

  @Test
  void aNegatedAuxiliaryWithACurlyApostropheIsSteppedOver() {
    QuotesOf a = QuotesOf.text("Weaver didn\u2019t seem impressed, telling reporters, \u201cWe will not pay for this bridge.\u201d\n");
    assertEquals("Weaver", a.marked("bridge").speaker().mention().text(), a::describe);
  }
}
