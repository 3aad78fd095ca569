package dev.newsfacts.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonOutTest {
  /** Strings with every kind of character the writer treats apart. */
  private static final List<String> STRINGS = List.of("", "plain words", "\"quoted\" and back\\slash", "a/b",
      "line\nbreak\ttab\rreturn\bback\fform", "\u0000\u0001\u001f\u007f", "café, naïve, Zürich", "€ 5 — “so”",
      "\u2028\u2029", "emoji \ud83d\ude00 pair", "lone \ud83d high", "lone \ude00 low", "日本語",
      "x".repeat(9000) + "é");

  private interface Writes {
    void to(JsonGenerator jackson, JsonOut ours) throws IOException;
  }

  private static void sameBytes(Writes w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonOut ours = new JsonOut(16);
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      w.to(g, ours);
    }
    assertEquals(out.toString(StandardCharsets.UTF_8), new String(ours.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void writesEveryKindOfStringAsJacksonsGeneratorDoes() throws IOException {
    for (String s : STRINGS) {
      sameBytes((g, o) -> {
        g.writeStartArray();
        o.writeStartArray();
        g.writeString(s);
        o.writeString(s);
        g.writeEndArray();
        o.writeEndArray();
      });
    }
  }

  @Test
  void writesFieldNamesWithTheEscapesOfStrings() throws IOException {
    for (String s : STRINGS) {
      sameBytes((g, o) -> {
        g.writeStartObject();
        o.writeStartObject();
        g.writeFieldName(s);
        o.writeFieldName(s);
        g.writeNull();
        o.writeNull();
        g.writeEndObject();
        o.writeEndObject();
      });
    }
  }

  @Test
  void writesNumbersAsJacksonsGeneratorDoes() throws IOException {
    double[] doubles = {0.0, -0.0, 0.5, 1.0, 0.1 + 0.2, 1e-7, 1e21, 123456789.125, Double.MIN_VALUE, Double.MAX_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    sameBytes((g, o) -> {
      g.writeStartObject();
      o.writeStartObject();
      for (double d : doubles) {
        g.writeNumberField("d", d);
        o.writeNumberField("d", d);
      }
      g.writeNumberField("i", Integer.MIN_VALUE);
      o.writeNumberField("i", Integer.MIN_VALUE);
      g.writeNumberField("l", Long.MAX_VALUE);
      o.writeNumberField("l", Long.MAX_VALUE);
      g.writeBooleanField("t", true);
      o.writeBooleanField("t", true);
      g.writeBooleanField("f", false);
      o.writeBooleanField("f", false);
      g.writeEndObject();
      o.writeEndObject();
    });
  }

  @Test
  void separatesNestedObjectsArraysAndNullsAsJacksonsGeneratorDoes() throws IOException {
    sameBytes((g, o) -> {
      g.writeStartObject();
      o.writeStartObject();
      g.writeFieldName("a");
      o.writeFieldName("a");
      g.writeStartArray();
      o.writeStartArray();
      for (int i = 0; i < 12; i++) {
        g.writeStartObject();
        o.writeStartObject();
        g.writeFieldName("n");
        o.writeFieldName("n");
        g.writeStartArray();
        o.writeStartArray();
        g.writeEndArray();
        o.writeEndArray();
        g.writeFieldName("s");
        o.writeFieldName("s");
        g.writeString((String) null);
        o.writeString(null);
        g.writeEndObject();
        o.writeEndObject();
        g.writeNull();
        o.writeNull();
      }
      g.writeEndArray();
      o.writeEndArray();
      g.writeFieldName("e");
      o.writeFieldName("e");
      g.writeStartObject();
      o.writeStartObject();
      g.writeEndObject();
      o.writeEndObject();
      g.writeEndObject();
      o.writeEndObject();
    });
  }
}
