package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lower-case title after "a", "an" or "the", set off by a comma before the name, is the person's role. */
class ArticleTitleSetOffTest {
  private static List<String> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-05-14"), RoleFact.class).stream()
        .map(r -> r.person() + " | " + r.title() + " | " + r.organization()).toList();
  }

  @Test
  void aCompanySpokeswomanSetOffBeforeHerNameIsHerRoleAtThatCompany() {
    List<String> roles = roles("Maersk said rates would rise next month. A Maersk spokeswoman, Lene Holm, said the "
        + "surcharge would apply to all cargo.");
    assertTrue(roles.contains("Lene Holm | spokeswoman | Maersk"), roles.toString());
  }

  @Test
  void anOccupationSetOffBeforeAnHonorificIsTheRole() {
    List<String> roles = roles("At the market in Kano, a trader, Mrs. Hauwa Sani, said prices of rice had doubled.");
    assertTrue(roles.contains("Hauwa Sani | trader | null"), roles.toString());
  }

  @Test
  void aWordThatNamesNoRoleGivesNone() {
    List<String> roles = roles("He travelled with a friend, Paul Mensah, to the match in Accra.");
    assertFalse(roles.stream().anyMatch(r -> r.startsWith("Paul Mensah | friend")), roles.toString());
  }

  @Test
  void anEmployerNoListKnowsIsTheOneTheTextGives() {
    List<String> roles = roles("A Tolvane-Brix spokesman, Jens Aarup, said the ships would sail on schedule.");
    assertTrue(roles.contains("Jens Aarup | spokesman | Tolvane-Brix"), roles.toString());
  }

  @Test
  void aPaediatricianInAnAppositionHasThatRole() {
    List<String> roles = roles("Flu cases rose again this week. \"Clinics are full,\" said Kim Min-ji, a pediatrician at "
        + "Busan National University Hospital.");
    assertTrue(roles.stream().anyMatch(r -> r.startsWith("Kim Min-ji | pediatrician")), roles.toString());
  }
}
