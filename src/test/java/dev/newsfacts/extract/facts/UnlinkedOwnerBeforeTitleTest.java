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

/** The owner of a title before a name when no entity names it: "Northwind Energy's chief executive Laura Finch". */
class UnlinkedOwnerBeforeTitleTest {
  private static final String ARTICLE = """
      Builders report strong sales

      Northwind Energy's chief executive Laura Finch said the company would build 400 homes.

      Biden's spokeswoman Karine Pierce said the president was resting.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local("owner.txt", b.length, "text/plain")));
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
  void anOwnerNoEntityNamesIsTheOrganisationAsWritten() {
    assertTrue(has("Laura Finch", "chief executive", "Northwind Energy"), roles.toString());
  }

  @Test
  void aSingleSurnameOwningTheTitleIsNoOrganisation() {
    assertFalse(roles.stream().anyMatch(r -> "Biden".equals(r.organization())), roles.toString());
  }
}
