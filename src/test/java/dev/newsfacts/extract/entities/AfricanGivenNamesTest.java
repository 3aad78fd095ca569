package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Akan day names and Nguni names of West and South African news open people's names. */
class AfricanGivenNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void anAkanDayNameOpensAPersonsName() {
    assertEntity("PERSON:Efua Mensimah", "Efua Mensimah, executive director of the Accra Consumers' Forum, called the ruling fair.",
        "Efua Mensimah");
  }

  @Test
  void aNguniNameAfterARoleOpensAPersonsName() {
    assertEntity("PERSON:Thembeka Zulu", "Announcing the decision on Tuesday, regulator chairperson Thembeka Zulu said tariffs would rise.",
        "Thembeka Zulu");
  }
}
