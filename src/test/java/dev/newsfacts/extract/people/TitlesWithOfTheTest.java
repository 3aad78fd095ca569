package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A title with "of the" or "for the" and an office's word inside it stands before the name, not in it. */
class TitlesWithOfTheTest {
  @Test
  void aJusticeOfThePeaceBeforeANameIsItsTitle() {
    assertEquals(List.of("Ann Corder"), PeopleOf.names("Justice of the Peace Ann Corder set his bail at $5,000."));
  }

  @Test
  void aChancellorOfTheExchequerBeforeANameIsItsTitle() {
    assertEquals(List.of("Mara Quill"), PeopleOf.names("Chancellor of the Exchequer Mara Quill raised the tax on Monday."));
  }

  @Test
  void theOfficeAloneNamesNoOne() {
    assertEquals(List.of(), PeopleOf.names("The Justice of the Peace set his bail at $5,000 on Monday."));
  }

  @Test
  void aPlaceAfterOfTheIsNoOfficesWord() {
    assertEquals(List.of("Joe Biden"), PeopleOf.names("President of the United States Joe Biden spoke on Monday."));
  }

  @Test
  void aMinisterForTheOfficeBeforeANameIsItsTitle() {
    assertEquals(List.of("Tan Hui Min"), PeopleOf.names("Minister for the Environment Tan Hui Min opened the plant on Monday."));
  }

  @Test
  void aSecondPortfolioWithTheBeforeANameIsTheTitles() {
    assertEquals(List.of("Tan Hui Min"),
        PeopleOf.names("Minister of Water and the Environment Tan Hui Min opened the plant on Monday."));
  }
}
