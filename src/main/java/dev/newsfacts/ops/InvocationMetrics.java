package dev.newsfacts.ops;

import dev.newsfacts.model.ErrorCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up one invocation's articles and turns them into one EMF document. Thread-safe: batch
 * workers report concurrently.
 *
 * <p>Metrics: {@code Articles} (got a result or an error document), {@code Results}, {@code Errors}
 * and {@code Errors.<CODE>} for every error code (zeros included, so graphs and alarms always have
 * data), {@code Quotes}, {@code Skipped} (unchanged, reruns), {@code Retries} (S3 failures that
 * fail the invocation for a retry) and {@code Duration} in milliseconds. Errors by code are metric
 * names, not a dimension: a dimension takes one value per document, and there is one document per
 * invocation.
 */
public final class InvocationMetrics {
  public static final String DEFAULT_NAMESPACE = "newsfacts";
  private int results;
  private int errors;
  private int quotes;
  private int skipped;
  private int retries;
  private final Map<ErrorCode, Integer> byCode = new EnumMap<>(ErrorCode.class);

  public synchronized void result(int quoteCount) {
    results++;
    quotes += quoteCount;
  }

  /** An error document; a code this version does not know counts under {@code INTERNAL}. */
  public synchronized void error(String code) {
    errors++;
    ErrorCode c;
    try {
      c = code == null ? ErrorCode.INTERNAL : ErrorCode.valueOf(code);
    } catch (IllegalArgumentException e) {
      c = ErrorCode.INTERNAL;
    }
    byCode.merge(c, 1, Integer::sum);
  }

  public synchronized void skipped() {
    skipped++;
  }

  public synchronized void retry() {
    retries++;
  }

  /**
   * @param dimensions dimension names and values, e.g. {@code FunctionName}; one dimension set of all of them
   * @param properties members that are not metrics nor dimensions (searchable in Logs Insights), e.g. {@code requestId}
   * @param timestampMillis when the invocation ended (epoch ms)
   */
  public synchronized EmfDocument toEmf(String namespace, Map<String, String> dimensions, Map<String, String> properties,
                                        long timestampMillis, double durationMs) {
    Map<String, Object> members = new LinkedHashMap<>(new java.util.TreeMap<>(dimensions));
    members.putAll(new java.util.TreeMap<>(properties));
    List<EmfDocument.Metric> metrics = new ArrayList<>();
    put(members, metrics, "Articles", "Count", results + errors);
    put(members, metrics, "Results", "Count", results);
    put(members, metrics, "Errors", "Count", errors);
    for (ErrorCode c : ErrorCode.values()) put(members, metrics, "Errors." + c.name(), "Count", byCode.getOrDefault(c, 0));
    put(members, metrics, "Quotes", "Count", quotes);
    put(members, metrics, "Skipped", "Count", skipped);
    put(members, metrics, "Retries", "Count", retries);
    put(members, metrics, "Duration", "Milliseconds", Math.round(durationMs * 10) / 10.0);
    EmfDocument.Directive d = new EmfDocument.Directive(namespace, List.of(List.copyOf(new java.util.TreeMap<>(dimensions).keySet())), metrics);
    return new EmfDocument(new EmfDocument.Metadata(timestampMillis, List.of(d)), members);
  }

  private static void put(Map<String, Object> members, List<EmfDocument.Metric> metrics, String name, String unit,
                          Number value) {
    members.put(name, value);
    metrics.add(new EmfDocument.Metric(name, unit));
  }
}
