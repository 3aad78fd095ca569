package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plural's possessive inside a run ending in an organisation's head word is part of the name. */
class PluralPossessiveNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPluralsApostropheInsideACoalitionsNameStaysInIt() {
    assertEntity("ORGANIZATION:Kenya Tenants' Rights Coalition",
        "The case was brought by the Kenya Tenants' Rights Coalition on behalf of 300 families.", "Kenya Tenants' Rights Coalition");
  }

  @Test
  void anIrregularPluralsPossessiveStaysInAnAssociationsName() {
    assertEntity("ORGANIZATION:Harbour Fishermen's Association",
        "A spokesperson for the Harbour Fishermen's Association said boats would stay in port.", "Harbour Fishermen's Association");
  }

  @Test
  void aCountrysPossessiveStillEndsTheNameBeforeIt() {
    assertEntity("LOCATION:Mexico", "Mexico's Foreign Ministry said the talks would resume in March.", "Mexico");
  }

  @Test
  void aPluralPossessiveBeforeNoHeadWordEndsTheName() {
    String text = "Crowds came to the Lowland Growers' Spring Fair on Saturday.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Lowland Growers' Spring Fair"));
  }

  @Test
  void aBodysPluralPossessiveBeforeAnotherBodyKeepsTwoNames() {
    assertEntity("ORGANIZATION:Board on Professional Conduct",
        "The Court of Appeals' Board on Professional Conduct reviewed the complaint in May.", "Board on Professional Conduct");
  }

  @Test
  void aPluralsPossessiveAfterAndEndingAHeadedNameIsItsLastPortfolio() {
    assertEntity("ORGANIZATION:Ministry of Fisheries and Fishers' Welfare",
        "Data from the Ministry of Fisheries and Fishers' Welfare on Friday showed catches rose 4 per cent.",
        "Ministry of Fisheries and Fishers' Welfare");
  }

  @Test
  void aPluralsPossessiveAfterAndBeforeALowerCaseWordEndsTheHeadedName() {
    assertEntity(null, "The Ministry of Fisheries and Fishers' groups met on Monday.",
        "Ministry of Fisheries and Fishers' groups");
  }
}
