package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A state university's campus named after a comma is part of the university's name. */
class UniversityCampusesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theCampusAfterTheCommaIsPartOfTheUniversitysName() {
    assertEntity("ORGANIZATION:University of Oregon, Bend",
        "Scientists at the University of Oregon, Bend, and a federal lab counted the fish.", "University of Oregon, Bend");
  }

  @Test
  void theCampusIsNoPersonOfItsOwn() {
    assertEntity(null, "Scientists at the University of Oregon, Bend, and a federal lab counted the fish.", "Bend");
  }

  @Test
  void aListAfterTheUniversityKeepsItsNameShort() {
    assertEntity("ORGANIZATION:University of Oregon",
        "Staff from the University of Oregon, Harvard University and two labs took part.", "University of Oregon");
  }

  @Test
  void aTownAfterACountrysUniversityIsWhereItStands() {
    assertEntity("ORGANIZATION:University of Ghana",
        "Researchers at the University of Ghana, Legon, counted the birds.", "University of Ghana");
  }
}
