package dev.newsfacts.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsfacts.json.ResultJson;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serialises EMF documents as single log lines with the project's one mapper. */
public final class EmfWriter {
  // CloudWatch reads EMF from single-line JSON log events: the shared mapper without indentation
  private static final ObjectWriter LINE = ResultJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  private EmfWriter() {}

  public static String line(EmfDocument doc) {
    try {
      return LINE.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise an EMF document", e);
    }
  }

  /** {@code METRICS_NAMESPACE}, default {@value InvocationMetrics#DEFAULT_NAMESPACE}. */
  public static String namespace(Map<String, String> env) {
    String ns = env.get("METRICS_NAMESPACE");
    return ns == null || ns.isBlank() ? InvocationMetrics.DEFAULT_NAMESPACE : ns.trim();
  }
}
