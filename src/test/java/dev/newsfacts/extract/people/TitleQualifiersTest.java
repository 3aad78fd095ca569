package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words before a name that only say whose or where a role is are no title. */
class TitleQualifiersTest {
  @Test
  void aRoleWordEndingTheWordsBeforeANameIsATitle() {
    assertTrue(TitleQualifiers.namesRole("Harlow County Sheriff"));
  }

  @Test
  void aPlaceOfARoleEndingTheWordsIsNoTitle() {
    assertFalse(TitleQualifiers.namesRole("Harlow County"));
  }

  @Test
  void aRolesPortfolioAfterOfIsATitle() {
    assertTrue(TitleQualifiers.namesRole("Secretary of State"));
  }

  @Test
  void aBodysWordBeforeOfIsNoTitle() {
    assertFalse(TitleQualifiers.namesRole("Department of Tourism"));
  }

  @Test
  void aClerksOfficeNamesNoOneCalledClerk() {
    assertEquals(List.of(), PeopleOf.names("About 41,000 voters cast ballots, according to the Harlow County Clerk's office."));
  }

  @Test
  void aSurnameAfterAFullTitleIsStillAPerson() {
    assertEquals(List.of("Okonkwo"), PeopleOf.names("Asked about the plan, Secretary of State Okonkwo declined to comment."));
  }
}
