package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A title's "for" or "of" opens a portfolio of an adjective and a portfolio word, or of two parts joined by "and". */
class PortfolioAdjectiveTest {
  @Test
  void aPortfolioOpenedByAnAdjectiveIsNoPartOfTheName() {
    assertEquals(List.of("Harriet Lomax"),
        PeopleOf.names("Minister of Foreign Affairs Harriet Lomax said the embassy would reopen."));
  }

  @Test
  void twoPortfoliosAfterForAreBothTheTitles() {
    assertEquals(List.of("Harriet Lomax"),
        PeopleOf.names("Minister for Foreign Affairs and Trade Harriet Lomax said the embassy would reopen."));
  }

  @Test
  void aSecondPortfolioWithTheAfterForIsTheTitlesToo() {
    assertEquals(List.of("Desmond Okafor"),
        PeopleOf.names("Minister for Water and the Environment Desmond Okafor said the river plan would go ahead."));
  }

  @Test
  void aCandidateForAnOfficeKeepsTheNameAfterIt() {
    assertEquals(List.of("Ann Lee"), PeopleOf.names("Candidate for Congress Ann Lee said she would run again."));
  }
}
