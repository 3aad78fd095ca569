package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An honorific or rank between a title and the name is the person's: two-word Malaysian honorifics stay out of the
 * name, a rank after a role word stays out of the title, and an occupation before "Dr" is still a role.
 */
class HonorificsBetweenTitleAndNameTest {
  private static final String ARTICLE = """
      KUALA LUMPUR, March 4 -- Rubber prices rose for a third week, traders said.

      Rubber board chairman Tan Sri Rahim Yusof Hamdan said smallholders would receive new seedlings.

      Plantation Minister Datuk Seri Azlan Karim Osman said exports to China were strong.

      Opposition leader Cllr Gareth Pryce said the council should have acted sooner.

      The pilots' union chairman Capt. Derek Hollis said crews were tired.

      Hospital consultant Dr Miriam Achebe said admissions had doubled.

      Assistant Professor Lim Bee Hoon of the university's nursing school said the figures were worrying.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    roles = RolesOf.article(ARTICLE, "honorifics-between.txt");
  }

  private static boolean has(String person, String title) {
    return roles.stream().anyMatch(r -> r.person().equals(person) && r.title().equals(title));
  }

  @Test
  void tanSriIsNoPartOfTheName() {
    assertTrue(has("Rahim Yusof Hamdan", "chairman"), roles::toString);
  }

  @Test
  void seriAfterDatukIsNoPartOfTheName() {
    assertTrue(has("Azlan Karim Osman", "Plantation Minister"), roles::toString);
  }

  @Test
  void cllrAfterARoleWordIsNoPartOfTheTitle() {
    assertTrue(has("Gareth Pryce", "leader"), roles::toString);
  }

  @Test
  void captainsRankAfterARoleWordIsNoPartOfTheTitle() {
    assertTrue(has("Derek Hollis", "chairman"), roles::toString);
  }

  @Test
  void occupationBeforeDrIsTheRole() {
    assertTrue(has("Miriam Achebe", "Hospital consultant"), roles::toString);
  }

  @Test
  void rankAfterAnAbbreviationStaysInTheTitle() {
    assertEquals("Lt. Col.", HonorificAfterTitle.strip("Lt. Col."));
  }

  @Test
  void rankAfterAWordThatIsNoRoleStaysInTheTitle() {
    assertEquals("Police Capt.", HonorificAfterTitle.strip("Police Capt."));
  }

  @Test
  void twoWordHonorificAfterARoleGoes() {
    assertEquals("chairman", HonorificAfterTitle.strip("chairman Tan Sri"));
  }

  @Test
  void anAcademicRankQualifiedOnlyByItsGradeIsTheTitle() {
    assertTrue(has("Lim Bee Hoon", "Assistant Professor"), roles::toString);
  }
}
