package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A full name no list knows, followed by a role in apposition without an article ("X, president of the Y,"). */
class RoleAppositionNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameOpeningASentenceBeforeARoleOfABodyIsAPerson() {
    assertEntity("PERSON:Rokeya Sultana Mirdha",
        "Exports rose in July. Rokeya Sultana Mirdha, president of the Knitwear Exporters Association (KEA), said"
            + " orders had picked up.",
        "Rokeya Sultana Mirdha");
  }

  @Test
  void aNameBeforeRolesGoingOnWithAtIsAPerson() {
    assertEntity("PERSON:Tadeo Ruvalcaba Ochoa",
        "Orders rose, said Tadeo Ruvalcaba Ochoa, chief executive at the chamber.", "Tadeo Ruvalcaba Ochoa");
  }

  @Test
  void aRoleWordNotGoingOnWithItsBodySaysNothingOfTheNameBefore() {
    String text = "Storms hit hard. Harrow Vale, chief among the towns flooded, lost power for days.";
    assertNotEquals("PERSON:Harrow Vale", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Harrow Vale"));
  }
}
