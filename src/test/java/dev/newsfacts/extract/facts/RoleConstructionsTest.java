package dev.newsfacts.extract.facts;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles from an office abbreviation, a title set off before the name, and "who heads". */
class RoleConstructionsTest {
  private static final String ARTICLE = """
      Democratic Sen. Mary Holt holds a narrow lead, a new poll showed on Thursday.

      Gulfline's chief executive, Daniel Okafor, told reporters the company would pay.

      Reform UK's Scottish chairman, Gordon Baird, said the party was ready.

      "Every day counts," said Tomas Lindqvist, who heads Greenpeace's oceans campaign.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local("roles.txt", b.length, "text/plain")));
    ResultDocument doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
    roles = new ArrayList<>();
    for (Fact f : doc.facts()) if (f instanceof RoleFact r) roles.add(r);
  }

  private static boolean has(String person, String title, String org) {
    for (RoleFact r : roles) {
      if (r.person().equals(person) && r.title().equals(title) && java.util.Objects.equals(org, r.organization())) return true;
    }
    return false;
  }

  @Test
  void anOfficeAbbreviationBeforeTheNameIsTheOffice() {
    assertTrue(has("Mary Holt", "Senator", null), roles.toString());
  }

  @Test
  void aTitleSetOffBeforeTheNameKeepsItsOrganisation() {
    assertTrue(has("Daniel Okafor", "chief executive", "Gulfline"), roles.toString());
  }

  @Test
  void aPlaceAdjectiveMayOpenATitleSetOffBeforeTheName() {
    assertTrue(has("Gordon Baird", "Scottish chairman", "Reform UK"), roles.toString());
  }

  @Test
  void whoHeadsMakesThePersonHeadOfTheOrganisation() {
    assertTrue(has("Tomas Lindqvist", "head", "Greenpeace"), roles.toString());
  }
}
