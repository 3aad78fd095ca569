package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A capitalised office of a body, set off before an honorific and the name, is the person's role. */
class TitleOfBodySetOffTest {
  private static List<String> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-05-14"), RoleFact.class).stream()
        .map(r -> r.person() + " | " + r.title()).toList();
  }

  @Test
  void theRegistrarOfABodyBeforeAProfessorIsHisRole() {
    List<String> roles = roles("The Registrar of the National Examinations Council, Prof. John Okafor, released the "
        + "results in Abuja on Tuesday.");
    assertTrue(roles.contains("John Okafor | Registrar of the National Examinations Council"), roles.toString());
  }

  @Test
  void aFormerPresidentOfAUnionKeepsFormer() {
    List<String> roles = roles("A former President of the Nigeria Union of Teachers, Dr. Peter Obi, said the "
        + "scores were poor.");
    assertTrue(roles.contains("Peter Obi | former President of the Nigeria Union of Teachers"), roles.toString());
  }

  @Test
  void sirBetweenTheRoleAndTheNameKeepsTheRole() {
    List<String> roles = roles("Harbour Mining's chairman, Sir Richard Hale, said the board had rejected the offer.");
    assertTrue(roles.contains("Richard Hale | chairman"), roles.toString());
  }

  @Test
  void aHyphenatedOfficeBeforeTheBodysAcronymInBracketsIsTheRole() {
    List<String> roles = roles("The Director-General of the Kano Chamber of Commerce and Industry (KCCI), Dr. Musa Bello, "
        + "said the rate cut was overdue.");
    assertTrue(roles.stream().anyMatch(r -> r.startsWith("Musa Bello | Director-General of")), roles.toString());
  }

  @Test
  void anOfficeOpeningTheSentenceWithoutAnArticleIsTheRole() {
    List<String> roles = roles("The court heard the case on Monday.\n\nCounsel for the Volta Power Company, Kwame Asante, "
        + "told the judges the refunds were unlawful.");
    assertTrue(roles.stream().anyMatch(r -> r.startsWith("Kwame Asante | Counsel for")), roles.toString());
  }

  @Test
  void aThreeWordOfficeWithItsPortfolioAtABodyIsTheRole() {
    List<String> roles = roles("Speaking in Tamale on Friday, the Deputy Chief Executive in charge of Finance at the "
        + "Ghana Grains Board, Mr Kofi Asante, said prices had been raised.");
    assertTrue(roles.contains("Kofi Asante | Deputy Chief Executive in charge of Finance at the Ghana Grains Board"),
        roles.toString());
  }

  @Test
  void anOfficeAtABodyIsTheRole() {
    List<String> roles = roles("The Senior Engineer at the Lagoon Water Authority, Mrs Ama Boateng, said repairs would "
        + "take a month.");
    assertTrue(roles.contains("Ama Boateng | Senior Engineer at the Lagoon Water Authority"), roles.toString());
  }

  @Test
  void aChiefOperatingOfficerOfACompanyIsTheRole() {
    List<String> roles = roles("The Chief Operating Officer of Coastline Ferries, Dr. Sipho Dlamini, said two "
        + "vessels would be retired.");
    assertTrue(roles.contains("Sipho Dlamini | Chief Operating Officer of Coastline Ferries"), roles.toString());
  }
}
