package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Storms, runs opening with a nationality and numbered divisions are no one's names. */
class NamesThatAreNoOnesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aTyphoonIsNoPerson() {
    String text = "Damage to crops from Typhoon Lando has reached P2.8 billion, the department said on Monday.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Typhoon Lando", EntityType.PERSON));
  }

  @Test
  void aRunOpeningWithANationalityIsNoPerson() {
    String text = "Clergy of the Greek Orthodox church met on Sunday. The Greek Orthodox leaders said little.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Greek Orthodox", EntityType.PERSON));
  }

  @Test
  void aWardBeforeItsNumberIsNoPerson() {
    String text = "Council Member Rosa Delgado, who represents Ward 3 and voted against the increase, said families would pay more.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Ward", EntityType.PERSON));
  }

  @Test
  void aWardAfterAnOrdinalIsNoPerson() {
    String text = "Council Member Rosa Delgado, who represents the 5th Ward and voted against the increase, said families would pay more.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Ward", EntityType.PERSON));
  }

  @Test
  void theFirstHalfOfAHyphenatedTitleIsNoPerson() {
    String text = "Deputy Prosecutor-General Ann Moyo asked for a sentence of 15 years.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Prosecutor", EntityType.PERSON));
  }

  @Test
  void theNameAfterAHyphenatedTitleStaysAPerson() {
    assertEntity("PERSON:Ann Moyo", "Deputy Prosecutor-General Ann Moyo asked for a sentence of 15 years.", "Ann Moyo");
  }

  @Test
  void aSurnameStaysAPerson() {
    assertEntity("PERSON:Rosa Ward", "Rosa Ward said on Monday that the council would vote. Ward said 3,000 families would pay more.",
        "Rosa Ward");
  }

  @Test
  void anAcronymClosingASentenceLeavesItsStop() {
    assertEntity("ORGANIZATION:KTV", "“The wheels stop dead,” the surgeon told KTV. “Riders go over the handlebars.”", "KTV");
  }
}
