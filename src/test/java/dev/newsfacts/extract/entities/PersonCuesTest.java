package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People told by the words around their names: a "who" clause; pageant titles after "Miss" that name no one. */
class PersonCuesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameBeforeCommaWhoIsAPerson() {
    assertEntity("PERSON:Tran Vo", "Officials in Hanoi welcomed Tran Vo, who spent 15 years under house arrest, "
        + "on Monday.", "Tran Vo");
  }

  @Test
  void everyMentionOfANameOnceFollowedByWhoIsThePerson() {
    String text = "The constitution prevented Tran Vo from becoming president.\n\nLater, Tran Vo, who had "
        + "breakfast with the envoy, spoke briefly.";
    assertEntity("PERSON:Tran Vo", text, "Tran Vo");
  }

  @Test
  void aPluralBeforeCommaWhoIsNoPerson() {
    String text = "The bill angered Northerners, who had campaigned against it for a year.";
    assertNull(entityAt(run(text), text, "Northerners"));
  }

  @Test
  void aPageantAfterMissIsNoPerson() {
    String text = "He called a former Miss Universe disgusting in a series of early-morning posts.";
    assertNull(entityAt(run(text), text, "Universe"));
  }

  @Test
  void aSurnameAfterMissIsAPerson() {
    assertEntity("PERSON:Hartwell", "The headteacher, Miss Hartwell, said the school would reopen on Monday.",
        "Hartwell");
  }
}
