package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles a linking verb states after the name: "is the director of", "who was appointed Y's finance director". */
class StatedRoleTest {
  private static final String ARTICLE = """
      Council backs new housing plan

      Alan Grant is the director of the Metro Planning Office. He said the plan was sound.

      Nina Patel, who was appointed Brightline Homes' finance director in 2021, said margins were thin.

      Greg Tanaka, who is the chief economist at Zillow, said prices would fall.

      Rosa Klein was a witness at the hearing, the court heard.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local("stated.txt", b.length, "text/plain")));
    ResultDocument doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
    roles = new ArrayList<>();
    for (Fact f : doc.facts()) if (f instanceof RoleFact r) roles.add(r);
  }

  private static boolean has(String person, String title, String org) {
    for (RoleFact r : roles) {
      if (r.person().equals(person) && r.title().equals(title) && Objects.equals(org, r.organization())) return true;
    }
    return false;
  }

  @Test
  void isTheDirectorOfAnOrganisationIsARole() {
    assertTrue(has("Alan Grant", "director", "Metro Planning Office"), roles.toString());
  }

  @Test
  void whoWasAppointedAnOwnersTitleKeepsTheOwner() {
    assertTrue(has("Nina Patel", "finance director", "Brightline Homes"), roles.toString());
  }

  @Test
  void whoIsTheTitleAtAnOrganisationIsARole() {
    assertTrue(has("Greg Tanaka", "chief economist", "Zillow"), roles.toString());
  }

  @Test
  void aNounThatIsNoRoleAfterWasGivesNoRole() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Rosa Klein")), roles.toString());
  }
}
