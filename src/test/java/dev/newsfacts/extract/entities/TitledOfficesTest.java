package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An office written as its holder's title and "'s office" is an organisation named by the title. */
class TitledOfficesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCountyClerksOfficeIsTheClerksOrganisation() {
    String text = "Turnout was 21.4% in the last election, according to the Marlow County Clerk's office.";
    assertEntity("ORGANIZATION:Marlow County Clerk", text, "Marlow County Clerk");
  }

  @Test
  void theTitleWordOfSuchAnOfficeIsNoPerson() {
    String text = "Turnout was 21.4% in the last election, according to the Marlow County Clerk's office.";
    String clerk = NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Clerk");
    assertNull(clerk);
  }

  @Test
  void aDistrictAttorneysOfficeIsOneOrganisation() {
    String text = "The Harlan District Attorney's office declined to comment on Friday.";
    assertEntity("ORGANIZATION:Harlan District Attorney", text, "Harlan District Attorney");
  }
}
