package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name opening with an organisation's head word is a body's; a later shorter form without the country is it too. */
class HeadFirstBodiesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameOpeningWithBankIsABody() {
    assertTrue(HeadFirstBodies.isBody(List.of("Bank", "Negara"), EntityLexicon.load()));
  }

  @Test
  void aNameOpeningWithAGivenNameIsNoBody() {
    assertFalse(HeadFirstBodies.isBody(List.of("Maria", "Bank"), EntityLexicon.load()));
  }

  @Test
  void theBankWithoutItsCountryIsTheBankNamedBefore() {
    Entity bank = NewsEntitiesTest.entity(NewsEntitiesTest.run("Bank Negara Malaysia kept its rate at 2.75 per cent yesterday.\n\n"
        + "“Bank Negara has room to cut if exports weaken,” she said."), "Bank Negara Malaysia", EntityType.ORGANIZATION);
    assertEquals(2, bank.mentions().size(), bank.toString());
  }
}
