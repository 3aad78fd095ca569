package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names the tokenizer or a connector splits: hyphenated halves, "of" before a head word, a listed name with "and". */
class HyphenatedAndJoinedNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aHyphenatedFirstWordStaysInTheName() {
    String text = "The Kootenay-Boundary Regional District issued evacuation orders on Thursday night.";
    assertEntity("ORGANIZATION:Kootenay-Boundary Regional District", text, "Kootenay-Boundary Regional District");
  }

  @Test
  void aListedHyphenatedCompanyIsFound() {
    String text = "Carriers such as Hapag-Lloyd have cancelled sailings for the next five weeks.";
    assertEntity("ORGANIZATION:Hapag-Lloyd", text, "Hapag-Lloyd");
  }

  @Test
  void wordsAfterOfEndingInAHeadGoOnWithTheName() {
    String text = "Volumes fell 2.1% in the first quarter, according to the Port of Antwerp Authority.";
    assertEntity("ORGANIZATION:Port of Antwerp Authority", text, "Port of Antwerp Authority");
  }

  @Test
  void aTitleBeforeOfOpensNoName() {
    String text = "The Governor of Texas Department heads met in Austin on Friday.";
    assertEntity("ORGANIZATION:Texas Department", text, "Texas Department");
  }

  @Test
  void aListedNameWithAndButNoHeadWordIsFoundWhole() {
    String text = "Officials at Immigration and Customs Enforcement said they were concerned.";
    assertEntity("ORGANIZATION:Immigration and Customs Enforcement", text, "Immigration and Customs Enforcement");
  }
}
