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

/** A lower-case title of a named organisation set off before the name: "The head of the X, Ruth Diaz,". */
class LowerTitleOfOrganisationSetOffTest {
  private static final String ARTICLE = """
      Builders warn over permit delays

      The head of the Lakeshore Builders Association, Ruth Diaz, said permits were slow.

      The mother of the two boys, Ann Jones, said they had been frightened.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local("setoff.txt", b.length, "text/plain")));
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
  void theHeadOfAnOrganisationSetOffBeforeTheNameIsARole() {
    assertTrue(has("Ruth Diaz", "head", "Lakeshore Builders Association"), roles.toString());
  }

  @Test
  void aFamilyNounSetOffBeforeTheNameIsNoRole() {
    assertFalse(roles.stream().anyMatch(r -> r.person().equals("Ann Jones")), roles.toString());
  }
}
