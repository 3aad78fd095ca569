package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A title's possessive before an organisation's head word stays inside the office's name. */
class OfficeHolderPossessivesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aSheriffsDepartmentKeepsTheCountyAndThePossessive() {
    assertEntity("ORGANIZATION:Marlow County Sheriff's Department",
        "Deputies from the Marlow County Sheriff's Department arrested the man on Monday.", "Marlow County Sheriff's Department");
  }

  @Test
  void anAttorneysOfficeGoesOnWithItsDistrict() {
    assertEntity("ORGANIZATION:U.S. Attorney's Office for the Western District of Texas",
        "The verdict came after a four-day trial, the U.S. Attorney's Office for the Western District of Texas said.",
        "U.S. Attorney's Office for the Western District of Texas");
  }

  @Test
  void theTitleBeforeTheOfficeIsNoPerson() {
    String text = "The Mayor's Office declined to comment on the report on Friday.";
    assertEntity("ORGANIZATION:Mayor's Office", text, "Mayor's Office");
  }

  @Test
  void aPersonsPossessiveStillEndsTheName() {
    String text = "Smith's Department of Energy budget was cut by a fifth.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Smith's Department of Energy"));
  }
}
