package dev.newsfacts.extract.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.InputHints;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a few written sentences as a JSON article with a publication date and returns its facts of one kind. */
final class FactsOnNewsFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FactsOnNewsFixture() {}

  static ResultDocument run(String body, String datePublished) {
    ObjectNode article = JSON.createObjectNode();
    article.put("datePublished", datePublished);
    article.put("articleBody", body);
    byte[] bytes = article.toString().getBytes(StandardCharsets.UTF_8);
    Outcome o = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local("a.json", bytes.length, null), InputHints.NONE));
    SchemaAssert.assertValidRecord(o.document());
    return ((Outcome.Success) o).result();
  }

  static <T extends Fact> List<T> facts(ResultDocument doc, Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (Fact f : doc.facts()) if (kind.isInstance(f)) out.add(kind.cast(f));
    return out;
  }
}
