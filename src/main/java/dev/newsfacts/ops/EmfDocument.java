package dev.newsfacts.ops;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One EMF document: the {@code _aws} metadata saying which members are metrics (and their
 * dimensions), then the members themselves at the top level, as the format requires
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html).
 *
 * @param members dimension values, properties and metric values by name (written sorted by name, as
 *     the shared mapper sorts maps)
 */
public record EmfDocument(@JsonProperty("_aws") Metadata aws, Map<String, Object> members) {

  /** {@code Timestamp} is epoch milliseconds; CloudWatch files the values under it. */
  public record Metadata(@JsonProperty("Timestamp") long timestamp,
                         @JsonProperty("CloudWatchMetrics") List<Directive> cloudWatchMetrics) {}

  public record Directive(@JsonProperty("Namespace") String namespace,
                          @JsonProperty("Dimensions") List<List<String>> dimensions,
                          @JsonProperty("Metrics") List<Metric> metrics) {}

  public record Metric(@JsonProperty("Name") String name, @JsonProperty("Unit") String unit) {}

  // the members go at the top level of the document, not under a "members" key
  @JsonAnyGetter
  @Override
  public Map<String, Object> members() {
    return members;
  }
}
