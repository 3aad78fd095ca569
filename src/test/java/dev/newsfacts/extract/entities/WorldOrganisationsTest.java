package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies no head word marks as organisations, known from organizations-world.txt. */
class WorldOrganisationsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  private static final EntityLexicon LEX = EntityLexicon.load();

  @Test
  void aCentralBankWithoutAHeadWordIsAnOrganisation() {
    String text = "German inflation eased in May.\n\nThe Bundesbank said on Friday that prices would keep rising into"
        + " the autumn, while Destatis put the annual rate at 2.4 percent.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Bundesbank", entityAt(doc, text, "Bundesbank"), doc.entities().toString());
    assertEquals("ORGANIZATION:Destatis", entityAt(doc, text, "Destatis"), doc.entities().toString());
  }

  @Test
  void aNewsAgencyAbbreviationPointsAtItsFullName() {
    assertEquals("Press Trust of India", LEX.organization("PTI"));
  }

  @Test
  void theHandTunedListKeepsItsOwnReadingOfAForm() {
    assertEquals("Agence France-Presse", LEX.organization("AFP"));
  }

  @Test
  void aDottedAbbreviationPointsAtTheNameTheUndottedOneDoes() {
    assertEquals(LEX.organization("FBI"), LEX.organization("F.B.I."));
  }
}
