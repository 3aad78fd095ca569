package dev.newsfacts.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.ErrorCode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvocationMetricsTest {
  private static final long T = 1_717_171_717_000L;

  private static JsonNode emf(InvocationMetrics m, double durationMs) throws Exception {
    String line = EmfWriter.line(m.toEmf("newsfacts-test", Map.of("FunctionName", "extract"),
        Map.of("requestId", "req-9"), T, durationMs));
    assertFalse(line.contains("\n"), "EMF must be one log line: " + line);
    return ResultJson.mapper().readTree(line);
  }

  private static InvocationMetrics threeArticles() {
    InvocationMetrics m = new InvocationMetrics();
    m.result(4);
    m.result(3);
    m.error("EMPTY");
    return m;
  }

  @Test
  void countsArticlesQuotesAndErrorsOfTheInvocation() throws Exception {
    JsonNode d = emf(threeArticles(), 812.34);
    assertEquals(3, d.path("Articles").asInt());
    assertEquals(2, d.path("Results").asInt());
    assertEquals(7, d.path("Quotes").asInt());
    assertEquals(1, d.path("Errors").asInt());
    assertEquals(812.3, d.path("Duration").asDouble());
  }

  @Test
  void reportsErrorsByCodeWithZerosForCodesThatDidNotOccur() throws Exception {
    InvocationMetrics m = threeArticles();
    m.error("TOO_LARGE");
    m.error("EMPTY");
    JsonNode d = emf(m, 1);
    assertEquals(2, d.path("Errors.EMPTY").asInt());
    assertEquals(1, d.path("Errors.TOO_LARGE").asInt());
    for (ErrorCode c : ErrorCode.values()) assertTrue(d.has("Errors." + c.name()), "missing Errors." + c);
    assertEquals(0, d.path("Errors.DECODE_FAILED").asInt());
  }

  @Test
  void countsAnUnknownErrorCodeAsInternal() throws Exception {
    InvocationMetrics m = new InvocationMetrics();
    m.error("SOMETHING_NEW");
    assertEquals(1, emf(m, 1).path("Errors.INTERNAL").asInt());
  }

  @Test
  void declaresEveryMetricMemberAndTheDimensionInTheAwsMetadata() throws Exception {
    JsonNode d = emf(threeArticles(), 5);
    JsonNode aws = d.path("_aws");
    assertEquals(T, aws.path("Timestamp").asLong());
    JsonNode directive = aws.path("CloudWatchMetrics").get(0);
    assertEquals("newsfacts-test", directive.path("Namespace").asText());
    assertEquals("FunctionName", directive.path("Dimensions").get(0).get(0).asText());
    assertEquals("extract", d.path("FunctionName").asText());
    Set<String> declared = new HashSet<>();
    for (JsonNode metric : directive.path("Metrics")) {
      String name = metric.path("Name").asText();
      declared.add(name);
      assertTrue(d.path(name).isNumber(), name + " has no numeric value at the top level");
      assertTrue(Set.of("Count", "Milliseconds").contains(metric.path("Unit").asText()));
    }
    assertTrue(declared.containsAll(Set.of("Articles", "Quotes", "Errors", "Duration")), declared.toString());
    assertEquals("req-9", d.path("requestId").asText());
    assertFalse(d.has("members"), "members are written at the top level");
    assertFalse(declared.contains("requestId"), "a property, not a metric");
  }

  @Test
  void writesIdenticalBytesForIdenticalInvocations() {
    Map<String, String> dims = Map.of("FunctionName", "extract");
    String a = EmfWriter.line(threeArticles().toEmf("ns", dims, Map.of("requestId", "r"), T, 12.5));
    String b = EmfWriter.line(threeArticles().toEmf("ns", dims, Map.of("requestId", "r"), T, 12.5));
    assertEquals(a, b);
    assertTrue(a.startsWith("{\"_aws\":"), "the metadata comes first: " + a);
  }

  @Test
  void countsSkippedArticlesAndRetriesApartFromArticles() throws Exception {
    InvocationMetrics m = new InvocationMetrics();
    m.skipped();
    m.retry();
    JsonNode d = emf(m, 1);
    assertEquals(0, d.path("Articles").asInt());
    assertEquals(1, d.path("Skipped").asInt());
    assertEquals(1, d.path("Retries").asInt());
  }

  @Test
  void readsTheNamespaceFromTheEnvironment() {
    assertEquals("newsfacts", EmfWriter.namespace(Map.of()));
    assertEquals("prod-news", EmfWriter.namespace(Map.of("METRICS_NAMESPACE", " prod-news ")));
  }
}
