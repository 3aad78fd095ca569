package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Capitals before an amount, or between an amount and a currency word, are a currency's code. */
class CurrencyCodesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void lettersBeforeAnAmountInMillionsNameNoBody() {
    ResultDocument doc = run("The new clinic wing cost about KD 2.4 million, the ministry said on Sunday.");
    assertNull(NewsEntitiesTest.entity(doc, "KD", EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void lettersBetweenAnAmountAndFrancsNameNoBody() {
    ResultDocument doc = run("Each village received 40 million CFA francs for new wells, officials in Thiès said.");
    assertNull(NewsEntitiesTest.entity(doc, "CFA", EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void anUnknownAcronymBeforeAVerbIsStillABody() {
    String text = "The regulator said the KPTA would review fares in March.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:KPTA", NewsEntitiesTest.entityAt(doc, text, "KPTA"), doc.entities().toString());
  }
}
