package dev.newsfacts.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated rows as Python's {@code csv} module reads them (excel dialect, tab delimiter): a
 * field that starts with {@code "} is quoted ({@code ""} inside is one quote, and it may hold tabs
 * and line breaks); blank lines are skipped.
 */
final class Tsv {
  private Tsv() {}

  static List<List<String>> parse(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    boolean lineHasContent = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
        continue;
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        lineHasContent = true;
      } else if (c == '\t') {
        row.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        lineHasContent = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
        if (lineHasContent || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        fieldStart = true;
        lineHasContent = false;
      } else {
        field.append(c);
        fieldStart = false;
        lineHasContent = true;
      }
    }
    if (lineHasContent || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
