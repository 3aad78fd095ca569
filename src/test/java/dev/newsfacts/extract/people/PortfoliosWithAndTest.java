package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A portfolio of two parts joined by "and" belongs to the title, not to the name after it. */
class PortfoliosWithAndTest {
  @Test
  void theSecondPartOfAPortfolioIsNoPartOfTheName() {
    assertEquals(List.of("Thandeka Mokoena"),
        PeopleOf.names("Minister of Water and Sanitation Thandeka Mokoena said the dam would be finished in May."));
  }

  @Test
  void aSecondPartOfTwoWordsIsTheTitlesToo() {
    assertEquals(List.of("Rosa Whitcombe"),
        PeopleOf.names("Secretary of Health and Human Services Rosa Whitcombe announced the grants on Tuesday."));
  }

  @Test
  void aPersonAfterAndWithNoPortfolioKeepsTheGivenName() {
    assertEquals(List.of("Rosa Whitcombe"),
        PeopleOf.names("The Minister of Health and Rosa Whitcombe met on Tuesday."));
  }
}
