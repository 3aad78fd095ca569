package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Words that open a body's name in Spanish, Portuguese, French, Italian, German and Dutch. */
class ForeignBodyWordsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aSpanishMovementOpensAPartysName() {
    assertEntity("ORGANIZATION:Movimiento Renovador", "Support for Movimiento Renovador rose to 18% in the March survey.",
        "Movimiento Renovador");
  }

  @Test
  void aSpanishNewsWordOpensABroadcastersName() {
    assertEntity("ORGANIZATION:Noticias Altiplano", "The poll was commissioned by Noticias Altiplano and two radio stations.",
        "Noticias Altiplano");
  }

  @Test
  void aPortugueseCityHallIsABody() {
    assertEntity("ORGANIZATION:Prefeitura de Campinas", "The Prefeitura de Campinas said buses would run all night.",
        "Prefeitura de Campinas");
  }
}
