package dev.newsfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsfacts.json.ResultJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the scorer's error items to a file, one JSON object per line ({@code eval --errors FILE}). */
public final class ErrorLines implements ErrorSink, AutoCloseable {
  private final BufferedWriter out;

  public ErrorLines(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  @Override
  public void report(String article, String type, Map<String, Object> fields) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("article", article);
    line.put("type", type);
    line.putAll(fields);
    try {
      out.write(ResultJson.mapper().writeValueAsString(line));
      out.write('\n');
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error item that cannot be written as JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
