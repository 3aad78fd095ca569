package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Titles set off before a name and owned by "its" or "the group's", an honorific between, an office abbreviation. */
class OwnedTitlesTest {
  private static List<RoleFact> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2025-06-03"), RoleFact.class);
  }

  private static boolean has(List<RoleFact> roles, String person, String title, String org) {
    return roles.stream().anyMatch(r -> r.person().equals(person) && r.title().equals(title)
        && Objects.equals(org, r.organization()));
  }

  @Test
  void itsTitleBeforeAnHonorificAndANameBelongsToTheOrganisationJustNamed() {
    List<RoleFact> roles = roles("Mercy Valley Hospital said it had hired replacement staff. "
        + "Its chief medical officer, Dr. Helen Okoro, said patients would not notice.");
    assertTrue(has(roles, "Helen Okoro", "chief medical officer", "Mercy Valley Hospital"), roles.toString());
  }

  @Test
  void aHyphenatedTitleForAPlaceBeforeANameBelongsToTheOrganisationJustNamed() {
    List<RoleFact> roles = roles("The Royal College of Nursing said the figures were alarming. "
        + "Its vice-president for Scotland, Dr Megan Price, said wards were full.");
    assertTrue(has(roles, "Megan Price", "vice-president for Scotland", "Royal College of Nursing"), roles.toString());
  }

  @Test
  void theGroupsTitleBelongsToTheGroupJustNamed() {
    List<RoleFact> roles = roles("The petition was organised by the Riverside Tenants Association. "
        + "The group's founder, Marta Quinn, said it had 900 members.");
    assertTrue(has(roles, "Marta Quinn", "founder", "Riverside Tenants Association"), roles.toString());
  }

  @Test
  void itsDoesNotReachIntoTheParagraphBefore() {
    List<RoleFact> roles = roles("The Lakeside Water Authority raised its rates on Monday.\n\n"
        + "Its spokesman, Tom Reyes, declined to comment.");
    assertTrue(has(roles, "Tom Reyes", "spokesman", null), roles.toString());
  }

  @Test
  void anOfficeAbbreviationRunIntoTheNameIsSpelledOut() {
    List<RoleFact> roles = roles("Gov. Laura Benton urged both sides to return to the table.");
    assertTrue(has(roles, "Laura Benton", "Governor", null), roles.toString());
  }

  @Test
  void anOrganisationOpeningAnAppositionOwnsTheTitleAfterIt() {
    List<RoleFact> roles = roles("The Bureau of Labor Statistics (BLS) published the figures on Friday. "
        + "\"Hiring slowed,\" said Nora Feld, the BLS director of employment statistics.");
    assertTrue(has(roles, "Nora Feld", "director of employment statistics", "Bureau of Labor Statistics"),
        roles.toString());
  }

  @Test
  void anAppositionAfterAPartyAndStateInBracketsIsStillTheRole() {
    List<RoleFact> roles = roles("Sen. Dana Whitlock (R-Ohio), chairman of the Senate Finance Committee, "
        + "praised the decision on Monday.");
    assertTrue(has(roles, "Dana Whitlock", "chairman", "Senate Finance Committee"), roles.toString());
  }

  @Test
  void aPersonOnlyTheNameRulesFoundHasAnAppositionRole() {
    List<RoleFact> roles = roles("Zeynep Kaplanoglu, the chief economist at Garanti BBVA, said the cuts would slow.");
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Zeynep Kaplanoglu") && r.title().startsWith("chief economist")),
        roles.toString());
  }
}
