package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An acronym in brackets after an organisation's name stands for it, and keeps a country that ends the name in it. */
class BracketedAcronymsTest {
  private static final String BANK = "Bank Negara Malaysia (BNM) kept its key rate unchanged on Thursday.\n\n"
      + "BNM expects the economy to grow about 4 per cent this year.";
  private static final String STATS = "Inflation averaged 1.6 per cent, according to the Department of Statistics Malaysia (DOSM). "
      + "DOSM data showed growth slowing.";

  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theBracketedAcronymIsAMentionOfTheBank() {
    assertEntity("ORGANIZATION:Bank Negara Malaysia", BANK, "BNM");
  }

  @Test
  void aLaterUseOfTheAcronymIsAMentionOfTheBankToo() {
    Entity bank = NewsEntitiesTest.entity(NewsEntitiesTest.run(BANK), "Bank Negara Malaysia", EntityType.ORGANIZATION);
    assertEquals(3, bank.mentions().size(), bank.toString());
  }

  @Test
  void aCountryEndingANameTheAcronymSpellsStaysInTheName() {
    assertEntity("ORGANIZATION:Department of Statistics Malaysia", STATS, "Department of Statistics Malaysia");
  }

  @Test
  void anAcronymWhoseLettersTheNameDoesNotSpellStaysItsOwn() {
    assertEntity("ORGANIZATION:HPA", "Shipping fell, the Port of Kellen Trust (HPA) said on Monday.", "HPA");
  }

  @Test
  void aCountryEndingTheNamesOfTwoBodiesStaysInBoth() {
    assertEntity("ORGANIZATION:Department of Statistics Malaysia", "Bank Negara Malaysia (BNM) held its rate. Inflation "
        + "averaged 1.6 per cent, according to the Department of Statistics Malaysia (DOSM).", "Department of Statistics Malaysia");
  }

  @Test
  void aShortNameInBracketsStandsForTheBodyBeforeIt() {
    String text = "The Harbour Works Authority (Hawora) fined the firm on Monday.\n\nHawora said the fine was its largest.";
    Entity body = NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Harbour Works Authority", EntityType.ORGANIZATION);
    assertEquals(3, body.mentions().size(), body.toString());
  }
}
