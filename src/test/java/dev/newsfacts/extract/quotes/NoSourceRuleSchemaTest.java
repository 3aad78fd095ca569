package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A sieve that decides a quote has no source names itself in the result, and the result stays valid. */
class NoSourceRuleSchemaTest {
  @Test
  void anImpressionNobodyIsNamedForKeepsItsRuleAndValidates() {
    String text = "Harbour towns brace for a quiet summer\n\nAlong the coast, voters seem to care more about ferry fares "
        + "than about the new stadium. The council meets on Tuesday to set next year's fares.\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Outcome o = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local("a.txt", bytes.length, null)));
    SchemaAssert.assertValidRecord(o.document());
    ResultDocument r = assertInstanceOf(Outcome.Success.class, o).result();
    assertTrue(r.quotes().stream().anyMatch(q -> q.speaker().resolution() == Resolution.NONE
        && SeemingImpression.RULE.equals(q.speaker().rule())), r.quotes().toString());
  }
}
