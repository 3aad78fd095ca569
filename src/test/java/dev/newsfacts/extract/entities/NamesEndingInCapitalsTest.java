package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name of mixed-case words ending in two or more capitals is a body's, unless they are a seat's letters. */
class NamesEndingInCapitalsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void twoCapitalsEndingAGivenNamesRunMakeABody() {
    String text = "The Liga RX season opens in March.\n\nLiga RX said crowds rose 4% last year.";
    ResultDocument doc = run(text);
    assertNotEquals("PERSON:Liga RX", entityAt(doc, text, "Liga RX"), doc.entities().toString());
  }

  @Test
  void aSeatsLettersAfterASurnameStayWithThePerson() {
    String text = "The bill passed on Tuesday.\n\nDeputy Moloney TD said the vote was a good day for renters.";
    ResultDocument doc = run(text);
    assertNotEquals(null, doc.entities().stream().filter(e -> e.type() == dev.newsfacts.model.EntityType.PERSON
        && e.name().startsWith("Moloney")).findFirst().orElse(null), doc.entities().toString());
  }

  @Test
  void capitalsInsideAGivenNamesRunMakeACompetition() {
    String text = "Monterrey moved second in the Liga RX Apertura standings.\n\nThe Apertura ends in May.";
    ResultDocument doc = run(text);
    assertNotEquals("PERSON:Liga RX Apertura", entityAt(doc, text, "Liga RX Apertura"), doc.entities().toString());
  }
}
