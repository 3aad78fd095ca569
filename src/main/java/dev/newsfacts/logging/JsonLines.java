package dev.newsfacts.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsfacts.json.ResultJson;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Writes records as JSON lines: the project's one mapper (field order = record order), one
 * object per line, the line written in one call so lines from worker threads never interleave.
 */
public final class JsonLines {
  private static final ObjectWriter LINE = ResultJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  private JsonLines() {}

  /** The record as one line of JSON, without the line break. */
  public static String toLine(Object record) {
    try {
      return LINE.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot log " + record.getClass().getSimpleName(), e);
    }
  }

  public static void write(PrintStream out, Object record) {
    String line = toLine(record) + "\n";
    synchronized (out) {
      out.print(line);
      out.flush();
    }
  }
}
