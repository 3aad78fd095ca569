package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Places inside bodies' names, a split party-and-state bracket, clubs after "the", governments and parliaments. */
class RefsetEntityClassesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void thePlaceABodysNameEndsWithIsAPlaceWhenWrittenAlone() {
    String text = "Figures from NHS Wales show waits grew in September.\n\nPatients in Wales waited longest, "
        + "the report said.";
    int at = text.indexOf("in Wales") + 3;
    String found = null;
    for (Entity e : run(text).entities()) {
      for (TextSpan m : e.mentions()) if (m.start() == at && m.end() == at + 5) found = e.type() + ":" + e.name();
    }
    assertEquals("LOCATION:Wales", found);
  }

  @Test
  void aPartyBracketSplitAfterItsHyphenNamesTheState() {
    assertEntity("LOCATION:Michigan", "Rep. Lena Vorhees (R-Mich.), who chairs the panel, praised the rules on Friday.",
        "Mich.");
  }

  @Test
  void aPlaceAndAPluralAfterTheIsAClubEvenWhenThePlaceIsAGivenName() {
    assertEntity("ORGANIZATION:Cleveland Harriers", "The Mariners open a three-game series against the Cleveland "
        + "Harriers on Wednesday.", "Cleveland Harriers");
  }

  @Test
  void aNationalityAndGovernmentIsAnOrganisation() {
    assertEntity("ORGANIZATION:Welsh Government", "Only 61 per cent were seen within four hours, against a Welsh "
        + "Government target of 95 per cent.", "Welsh Government");
  }

  @Test
  void theSeneddIsAnOrganisation() {
    assertEntity("ORGANIZATION:Senedd", "He told the Senedd on Tuesday that long waits had fallen.", "Senedd");
  }

  @Test
  void aNameAfterModelerIsAnOrganisation() {
    assertEntity("ORGANIZATION:Quantara", "Insured losses reached $4 billion, the catastrophe modeler Quantara said "
        + "on Monday.", "Quantara");
  }
}
