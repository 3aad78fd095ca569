package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name before an office held by someone named next, or after "shares of", is the body that person works for. */
class OwnerBeforeRoleTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  private static void assertTyped(String text, String name, EntityType type) {
    ResultDocument doc = run(text);
    assertNotNull(entity(doc, name, type), doc.entities().toString());
  }

  @Test
  void aClubBeforeItsPresidentsNameIsAnOrganisation() {
    assertTyped("Brighton signed the midfielder from Valdora on Friday. Valdora, who signed him two years ago, will "
        + "receive the fee in full.\n\nValdora president Nuno Carvalho said the fee was fair.", "Valdora",
        EntityType.ORGANIZATION);
  }

  @Test
  void aQuotedCompanyWhoseSharesTradeIsAnOrganisation() {
    assertTyped("The vaccine worked in 80 per cent of cases, Kestin Biologicals said on Tuesday.\n\nShares of Kestin "
        + "Biologicals closed 8 per cent higher.", "Kestin Biologicals", EntityType.ORGANIZATION);
  }

  @Test
  void aPersonNamedInFullBeforeASpokesmanStaysAPerson() {
    assertTyped("Hillary Clinton spoke in Ohio on Monday.\n\nClinton spokesman Brian Fallon said the tour would go on.",
        "Hillary Clinton", EntityType.PERSON);
  }
}
