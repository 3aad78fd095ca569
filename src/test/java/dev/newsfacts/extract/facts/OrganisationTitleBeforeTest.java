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

/** A lower-case title run into the name after an organisation's name: "Brightline Homes spokesman Greg Hall". */
class OrganisationTitleBeforeTest {
  private static final String ARTICLE = """
      Builders report strong sales

      Brightline Homes spokesman Greg Hall said sales were strong.

      Former spokesman Carl Dunne said nothing had changed.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local("orgtitle.txt", b.length, "text/plain")));
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
  void anOrganisationNoEntityNamesBeforeATitleIsTheOrganisation() {
    assertTrue(has("Greg Hall", "spokesman", "Brightline Homes"), roles.toString());
  }

  @Test
  void aCapitalisedModifierOpeningTheSentenceIsNoOrganisation() {
    assertFalse(roles.stream().anyMatch(r -> "Former".equals(r.organization())), roles.toString());
  }
}
