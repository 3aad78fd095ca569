package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A named tracker, index or survey after its owner's possessive credits the owner. */
class OwnedStudyNameTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aNameEndingInTrackerNamesAStudy() {
    assertTrue(OwnedStudyName.namesStudy("Cancelled Sailings Tracker"));
    assertFalse(OwnedStudyName.namesStudy("Sailings Director"));
  }

  @Test
  void theOwnerIsThePossessiveRightBeforeTheName() {
    String text = "according to Kestrel Freight's Port Delay Tracker";
    OwnedStudyName.Owner o = OwnedStudyName.ownerBefore(text, "according to ".length(), text.indexOf("Port"));
    assertNotNull(o);
    assertEquals("Kestrel Freight", o.name());
  }

  @Test
  void noPossessiveBeforeTheNameGivesNoOwner() {
    String text = "according to the Port Delay Tracker";
    assertNull(OwnedStudyName.ownerBefore(text, "according to ".length(), text.indexOf("Port")));
  }

  @Test
  void figuresAccordingToACompanysTrackerAreTheCompanys() {
    StatisticFact s = StatisticOf.value(extractor, "Carriers have cancelled 41 sailings on the transpacific trade over "
        + "the next four weeks, according to Vessara's Blank Sailings Tracker.", 41);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Vessara", s.attribution().name());
  }
}
