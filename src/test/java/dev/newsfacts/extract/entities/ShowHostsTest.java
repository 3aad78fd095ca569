package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Talk shows named after their hosts, and the last word of a longer name before ", who". */
class ShowHostsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theLastWordOfALongerNameBeforeCommaWhoIsNoPerson() {
    String text = "Many were members of the Northern Farmers Coalition, who had rallied around the candidate.";
    assertNull(entityAt(run(text), text, "Coalition"));
  }

  @Test
  void aPlaceAfterOfBeforeCommaWhoIsNoPerson() {
    String text = "\"We will win,\" said Senator Ann Lowe, Republican of North Dakota, who endorsed him.";
    assertNull(entityAt(run(text), text, "Dakota"));
  }

  @Test
  void aTalkShowNamedAfterItsHostIsAnOrganisation() {
    assertEntity("ORGANIZATION:Dana Whitfield Show", "He said so in an interview on \"The Dana Whitfield Show\" on "
        + "Tuesday.\n\nWhitfield asked him about the plan.", "Dana Whitfield Show");
  }

  @Test
  void theHostsSurnameAloneIsAPerson() {
    String text = "He said so in an interview on \"The Dana Whitfield Show\" on Tuesday.\n\nLater Whitfield asked "
        + "him about the plan.";
    Entity host = NewsEntitiesTest.entity(run(text), "Whitfield", EntityType.PERSON);
    assertEquals(text.lastIndexOf("Whitfield"), host.mentions().get(0).start());
  }
}
