package dev.newsfacts.extract.facts;

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

/** The roles the whole extractor finds in an article the role tests write, its document checked against the schema. */
final class RolesOf {
  private RolesOf() {}

  static List<RoleFact> article(String text, String fileName) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local(fileName, b.length, "text/plain")));
    ResultDocument doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
    List<RoleFact> roles = new ArrayList<>();
    for (Fact f : doc.facts()) if (f instanceof RoleFact r) roles.add(r);
    return roles;
  }

  /** Whether one of {@code roles} gives {@code person} that title, with that organisation (null: none). */
  static boolean has(List<RoleFact> roles, String person, String title, String org) {
    for (RoleFact r : roles) {
      if (r.person().equals(person) && r.title().equals(title) && Objects.equals(org, r.organization())) return true;
    }
    return false;
  }
}
