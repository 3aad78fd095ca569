package dev.newsfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The predicted quotes of one article, read from {@code PRED/<article>.json} or
 * {@code PRED/text/<article>.json}. Only {@code quotes[]} is read; quotes with spans outside the
 * text or an unknown kind are skipped and counted.
 */
final class Predictions {
  static final Set<String> KINDS = Set.of("direct", "partial", "indirect");
  static final Set<String> DIRECT = Set.of("direct", "partial");

  /**
   * A predicted quote; {@code mention} and {@code cue} are null when absent or not a valid span,
   * {@code rule} (the sieve that decided its speaker) when the result names none.
   */
  record Pred(Span span, String kind, String text, Span mention, String name, Span cue, String rule) {
    Pred(Span span, String kind, String text, Span mention, String name, Span cue) {
      this(span, kind, text, mention, name, cue, null);
    }
  }

  private Predictions() {}

  static List<Pred> load(Path predDir, GoldText art, boolean lenient, Map<String, Integer> counts,
                         Consumer<String> warn) throws EvalInputException {
    Path path = null;
    boolean isError = false;
    for (String sub : new String[] {"", "text"}) {
      Path p = predDir.resolve(sub).resolve(art.name + ".json");
      if (Files.isRegularFile(p)) {
        path = p;
        break;
      }
    }
    if (path == null) {
      for (String sub : new String[] {"", "text"}) {
        if (Files.isRegularFile(predDir.resolve(sub).resolve(art.name + ".error.json"))) isError = true;
      }
      counts.merge(isError ? "pred_error_documents" : "pred_missing_files", 1, Integer::sum);
      return List.of();
    }
    JsonNode doc;
    try {
      doc = ResultJson.mapper().readTree(Files.readAllBytes(path));
      if (doc == null || !doc.isObject()) throw new IOException("top level is not a JSON object");
    } catch (IOException e) {
      if (lenient) {
        warn.accept(path + ": unreadable (" + e.getMessage() + "); counted as empty");
        counts.merge("pred_unreadable_files", 1, Integer::sum);
        return List.of();
      }
      throw new EvalInputException("prediction " + path + " is unreadable: " + e.getMessage(), e);
    }
    JsonNode quotes = doc.get("quotes");
    if (quotes == null || quotes.isNull()) {
      if (doc.has("error")) counts.merge("pred_error_documents", 1, Integer::sum);
      return List.of();
    }
    if (!quotes.isArray()) {
      if (lenient) {
        counts.merge("pred_unreadable_files", 1, Integer::sum);
        return List.of();
      }
      throw new EvalInputException("prediction " + path + ": 'quotes' is not a list");
    }
    int len16 = art.len16();
    List<Pred> out = new ArrayList<>();
    for (JsonNode q : quotes) {
      Span span = q.isObject() ? span(q, len16) : null;
      JsonNode kindNode = q.isObject() ? q.get("kind") : null;
      String kind = kindNode != null && kindNode.isTextual() ? kindNode.asText() : null;
      if (span == null || kind == null || !KINDS.contains(kind)) {
        counts.merge("pred_invalid_quotes", 1, Integer::sum);
        continue;
      }
      JsonNode text = q.get("text");
      if (text != null && text.isTextual() && !text.asText().equals(art.text.substring(span.start(), span.end()))) {
        counts.merge("pred_text_mismatches", 1, Integer::sum);
      }
      JsonNode spk = q.get("speaker");
      boolean hasSpk = spk != null && spk.isObject() && !spk.isEmpty();
      JsonNode name = hasSpk ? spk.get("name") : null;
      JsonNode rule = hasSpk ? spk.get("rule") : null;
      out.add(new Pred(span, kind, text != null && text.isTextual() ? text.asText() : null,
          hasSpk ? span(spk.get("mention"), len16) : null,
          name != null && name.isTextual() && !PyText.isBlank(name.asText()) ? name.asText() : null,
          span(q.get("cue"), len16), rule != null && rule.isTextual() ? rule.asText() : null));
    }
    return out;
  }

  /** {@code {start, end}} with integer values and {@code 0 <= start < end <= len16}, else null. */
  static Span span(JsonNode obj, int len16) {
    if (obj == null || !obj.isObject()) return null;
    JsonNode s = obj.get("start");
    JsonNode e = obj.get("end");
    if (s == null || e == null || !s.isIntegralNumber() || !e.isIntegralNumber()
        || !s.canConvertToInt() || !e.canConvertToInt()) {
      return null;
    }
    int a = s.intValue();
    int b = e.intValue();
    return 0 <= a && a < b && b <= len16 ? new Span(a, b) : null;
  }
}
