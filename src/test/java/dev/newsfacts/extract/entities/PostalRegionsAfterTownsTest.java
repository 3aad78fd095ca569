package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A state's postal letters after a town and a comma name the state, not a body the lists give them to. */
class PostalRegionsAfterTownsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void lettersABodyAlsoHasAfterATownAreTheState() {
    assertEntity("LOCATION:Virginia", "The bakery is based in Charlottesville, VA, and employs 40 people.", "VA");
  }

  @Test
  void lettersEndingTheSentenceAfterATownAreTheState() {
    assertEntity("LOCATION:Queensland", "The cattle were sold at a yard near Toowoomba, QLD.", "QLD");
  }

  @Test
  void theBodysLettersAfterAPersonsNameStillNameTheBody() {
    assertEntity("ORGANIZATION:Department of Veterans Affairs",
        "\"We are hiring,\" said Jane Ortiz, VA spokeswoman in the region.", "VA");
  }

  @Test
  void theBodysLettersElsewhereStillNameTheBody() {
    assertEntity("ORGANIZATION:Department of Veterans Affairs", "The VA said claims rose by a fifth last year.", "VA");
  }
}
