package dev.newsfacts.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.newsfacts.model.ArticleInfo;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.Period;
import dev.newsfacts.model.Quantity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.StatisticFact;
import dev.newsfacts.model.TextSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Result and error documents written with Jackson's streaming generator, one small method per record,
 * with the same bytes as the mapper in {@link ResultJson} (tests compare the two): components in
 * declaration order, a fact's {@code id} and {@code kind} first, what {@code @JsonInclude} leaves out left
 * out, enums by their wire names, map entries sorted by key. Why not the mapper: its serialisers, and the
 * reflection and annotation proxies behind them, cost a cold start a few hundred classes and about a
 * tenth of a second of CPU before the first document; this needs the generator only.
 */
final class DocumentWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DocumentWriter() {}

  /** The document as UTF-8 JSON (no line break). */
  static byte[] toBytes(ResultDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      result(g, d);
    }
    return out.toByteArray();
  }

  /** The document as UTF-8 JSON (no line break). */
  static byte[] toBytes(ErrorDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      error(g, d);
    }
    return out.toByteArray();
  }

  private static void result(JsonGenerator g, ResultDocument d) throws IOException {
    g.writeStartObject();
    string(g, "schemaVersion", d.schemaVersion());
    g.writeFieldName("source");
    source(g, d.source());
    string(g, "contentSha256", d.contentSha256());
    g.writeFieldName("extractor");
    extractor(g, d.extractor());
    g.writeFieldName("article");
    article(g, d.article());
    g.writeFieldName("entities");
    if (d.entities() == null) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (Entity e : d.entities()) entity(g, e);
      g.writeEndArray();
    }
    g.writeFieldName("quotes");
    if (d.quotes() == null) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (Quote q : d.quotes()) quote(g, q);
      g.writeEndArray();
    }
    g.writeFieldName("facts");
    if (d.facts() == null) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (Fact f : d.facts()) fact(g, f);
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Absent parts left out (the record's {@code @JsonInclude(NON_NULL)}). */
  private static void error(JsonGenerator g, ErrorDocument d) throws IOException {
    g.writeStartObject();
    if (d.schemaVersion() != null) string(g, "schemaVersion", d.schemaVersion());
    if (d.source() != null) {
      g.writeFieldName("source");
      source(g, d.source());
    }
    if (d.contentSha256() != null) string(g, "contentSha256", d.contentSha256());
    if (d.extractor() != null) {
      g.writeFieldName("extractor");
      extractor(g, d.extractor());
    }
    if (d.error() != null) {
      g.writeFieldName("error");
      errorInfo(g, d.error());
    }
    g.writeEndObject();
  }

  /** Absent parts left out (the record's {@code @JsonInclude(NON_NULL)}). */
  private static void source(JsonGenerator g, SourceRef s) throws IOException {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (s.bucket() != null) string(g, "bucket", s.bucket());
    if (s.key() != null) string(g, "key", s.key());
    if (s.versionId() != null) string(g, "versionId", s.versionId());
    if (s.eTag() != null) string(g, "eTag", s.eTag());
    if (s.path() != null) string(g, "path", s.path());
    g.writeNumberField("size", s.size());
    if (s.contentType() != null) string(g, "contentType", s.contentType());
    g.writeEndObject();
  }

  private static void extractor(JsonGenerator g, ExtractorInfo e) throws IOException {
    if (e == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "name", e.name());
    string(g, "version", e.version());
    g.writeFieldName("models");
    if (e.models() == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      for (Map.Entry<String, String> m : new TreeMap<>(e.models()).entrySet()) string(g, m.getKey(), m.getValue());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** {@code encoding} and {@code text} left out when absent, {@code notes} when empty. */
  private static void article(JsonGenerator g, ArticleInfo a) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "title", a.title());
    g.writeFieldName("dateline");
    dateline(g, a.dateline());
    string(g, "publishedDate", a.publishedDate());
    string(g, "language", a.language());
    g.writeFieldName("counts");
    counts(g, a.counts());
    if (a.encoding() != null) string(g, "encoding", a.encoding());
    if (a.notes() != null && !a.notes().isEmpty()) {
      g.writeFieldName("notes");
      strings(g, a.notes());
    }
    if (a.text() != null) string(g, "text", a.text());
    g.writeEndObject();
  }

  private static void dateline(JsonGenerator g, Dateline d) throws IOException {
    if (d == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "location", d.location());
    string(g, "agency", d.agency());
    string(g, "date", d.date());
    g.writeNumberField("start", d.start());
    g.writeNumberField("end", d.end());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, Counts c) throws IOException {
    if (c == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("paragraphs", c.paragraphs());
    g.writeNumberField("sentences", c.sentences());
    g.writeNumberField("tokens", c.tokens());
    g.writeEndObject();
  }

  private static void entity(JsonGenerator g, Entity e) throws IOException {
    if (e == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "id", e.id());
    string(g, "name", e.name());
    string(g, "type", e.type() == null ? null : e.type().name());
    g.writeFieldName("aliases");
    strings(g, e.aliases());
    g.writeFieldName("titles");
    strings(g, e.titles());
    g.writeFieldName("mentions");
    if (e.mentions() == null) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (TextSpan s : e.mentions()) span(g, s);
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void quote(JsonGenerator g, Quote q) throws IOException {
    if (q == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "id", q.id());
    string(g, "kind", q.kind() == null ? null : q.kind().wireName());
    string(g, "text", q.text());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeFieldName("speaker");
    speaker(g, q.speaker());
    g.writeFieldName("cue");
    span(g, q.cue());
    g.writeNumberField("confidence", q.confidence());
    g.writeEndObject();
  }

  private static void speaker(JsonGenerator g, Speaker s) throws IOException {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "name", s.name());
    string(g, "entityId", s.entityId());
    string(g, "description", s.description());
    g.writeFieldName("mention");
    span(g, s.mention());
    string(g, "resolution", s.resolution() == null ? null : s.resolution().wireName());
    string(g, "rule", s.rule());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, TextSpan s) throws IOException {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    string(g, "text", s.text());
    g.writeEndObject();
  }

  /** {@code id} and {@code kind} first (the interface's {@code @JsonPropertyOrder}), then the record's other components. */
  private static void fact(JsonGenerator g, Fact f) throws IOException {
    if (f == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "id", f.id());
    string(g, "kind", f.kind());
    // an if chain, not a pattern switch: its bootstrap spins classes at the first document
    if (f instanceof StatisticFact s) {
      statistic(g, s);
    } else if (f instanceof RoleFact r) {
      role(g, r);
    } else if (f instanceof EventFact e) {
      event(g, e);
    }
    g.writeEndObject();
  }

  private static void statistic(JsonGenerator g, StatisticFact s) throws IOException {
    string(g, "text", s.text());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeFieldName("quantity");
    quantity(g, s.quantity());
    g.writeFieldName("period");
    period(g, s.period());
    string(g, "location", s.location());
    g.writeFieldName("attribution");
    attribution(g, s.attribution());
  }

  private static void role(JsonGenerator g, RoleFact r) throws IOException {
    string(g, "person", r.person());
    string(g, "title", r.title());
    string(g, "organization", r.organization());
    g.writeNumberField("start", r.start());
    g.writeNumberField("end", r.end());
    string(g, "text", r.text());
  }

  private static void event(JsonGenerator g, EventFact e) throws IOException {
    string(g, "text", e.text());
    g.writeNumberField("start", e.start());
    g.writeNumberField("end", e.end());
    string(g, "date", e.date());
    string(g, "dateText", e.dateText());
  }

  private static void quantity(JsonGenerator g, Quantity q) throws IOException {
    if (q == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("value", q.value());
    g.writeBooleanField("approximate", q.approximate());
    string(g, "unit", q.unit());
    string(g, "text", q.text());
    g.writeEndObject();
  }

  private static void period(JsonGenerator g, Period p) throws IOException {
    if (p == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "from", p.from());
    string(g, "to", p.to());
    string(g, "text", p.text());
    g.writeEndObject();
  }

  private static void attribution(JsonGenerator g, Attribution a) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "name", a.name());
    string(g, "entityId", a.entityId());
    g.writeEndObject();
  }

  private static void errorInfo(JsonGenerator g, ErrorInfo e) throws IOException {
    g.writeStartObject();
    string(g, "code", e.code() == null ? null : e.code().name());
    string(g, "message", e.message());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, List<String> list) throws IOException {
    if (list == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (String s : list) g.writeString(s);
    g.writeEndArray();
  }

  /** A string field; null written as JSON null, as the mapper does for a component without {@code @JsonInclude}. */
  private static void string(JsonGenerator g, String name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }
}
