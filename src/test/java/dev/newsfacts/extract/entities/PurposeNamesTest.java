package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A body's head word, "to", a capitalised verb and more name words are one body's name. */
class PurposeNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aLeagueNamedForWhatItWantsIsOneBody() {
    assertEntity("ORGANIZATION:League to Keep Lake Orrin Blue",
        "The League to Keep Lake Orrin Blue said its volunteers had counted 300 bags of rubbish.", "League to Keep Lake Orrin Blue");
  }

  @Test
  void aCommitteeToProtectSomeoneIsOneBody() {
    assertEntity("ORGANIZATION:Committee to Protect Rural Postmen",
        "A report by the Committee to Protect Rural Postmen found that 40 offices had closed.", "Committee to Protect Rural Postmen");
  }

  @Test
  void aLowerCaseVerbAfterTheBodyEndsItsName() {
    assertEntity("ORGANIZATION:Harbour Council",
        "The Harbour Council voted to close the old pier on Tuesday.", "Harbour Council");
  }
}
