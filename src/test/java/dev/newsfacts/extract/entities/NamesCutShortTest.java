package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names that go on across an elided particle, a curly or straight apostrophe, or an Asian company's legal form. */
class NamesCutShortTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void anElidedParticleGoesOnWithAPlacesName() {
    assertEntity("LOCATION:Valle d'Aosta", "Officials in Valle d'Aosta said two mountain roads were closed.", "Valle d'Aosta");
  }

  @Test
  void aListedPlaceWithACurlyApostropheIsFoundWrittenWithAStraightOne() {
    assertEntity("LOCATION:Ivory Coast", "Exports to Côte d'Ivoire and Togo fell in March, the ministry said.", "Côte d'Ivoire");
  }

  @Test
  void theMalaysianLegalFormBhdEndsAFirmsName() {
    assertEntity("ORGANIZATION:Kenanga Investment Bank Bhd",
        "Analysts at Kenanga Investment Bank Bhd expect output to rise next month.", "Kenanga Investment Bank Bhd");
  }

  @Test
  void theIndonesianLegalFormTbkEndsAFirmsName() {
    assertEntity("ORGANIZATION:Sumber Cahaya Makmur Tbk",
        "Shares in Sumber Cahaya Makmur Tbk rose 4 percent in Jakarta on Monday.", "Sumber Cahaya Makmur Tbk");
  }

  @Test
  void aJointStockCompanyKeepsItsLegalForm() {
    assertEntity("ORGANIZATION:Phuoc Long Rubber JSC", "Phuoc Long Rubber JSC said its exports rose by a fifth.",
        "Phuoc Long Rubber JSC");
  }

  @Test
  void theOtherApostropheOfAFormWithNoneIsTheFormItself() {
    assertEquals("Ghana", OtherApostrophe.of("Ghana"));
  }

  @Test
  void aStraightApostropheBecomesCurly() {
    assertEquals("Côte d’Ivoire", OtherApostrophe.of("Côte d'Ivoire"));
  }
}
