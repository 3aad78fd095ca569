package dev.newsfacts.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** How {@code query} prints rows: an aligned table for people, CSV for spreadsheets, JSON Lines for programs. */
public enum RowFormat {
  TABLE {
    @Override
    public void write(ResultSet rows, PrintStream out) throws SQLException {
      List<String> names = names(rows.getMetaData());
      List<String[]> cells = new ArrayList<>();
      boolean more = false;
      while (rows.next()) {
        if (cells.size() == TABLE_ROWS) {
          more = true;
          break;
        }
        String[] row = new String[names.size()];
        for (int i = 0; i < row.length; i++) row[i] = cell(rows.getString(i + 1));
        cells.add(row);
      }
      int[] width = new int[names.size()];
      for (int i = 0; i < width.length; i++) {
        width[i] = names.get(i).length();
        for (String[] row : cells) width[i] = Math.max(width[i], row[i].length());
      }
      out.println(line(names.toArray(String[]::new), width));
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < width.length; i++) rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
      out.println(rule);
      for (String[] row : cells) out.println(line(row, width));
      out.println("(" + cells.size() + (more ? "+ rows: the first " + TABLE_ROWS + " shown, use --format csv for all)" : cells.size() == 1 ? " row)" : " rows)"));
    }
  },

  CSV {
    @Override
    public void write(ResultSet rows, PrintStream out) throws SQLException {
      List<String> names = names(rows.getMetaData());
      out.println(String.join(",", names.stream().map(RowFormat::csvField).toList()));
      StringBuilder line = new StringBuilder();
      while (rows.next()) {
        line.setLength(0);
        for (int i = 1; i <= names.size(); i++) {
          if (i > 1) line.append(',');
          String v = rows.getString(i);
          if (v != null) line.append(csvField(v));
        }
        out.println(line);
      }
    }
  },

  JSON {
    @Override
    public void write(ResultSet rows, PrintStream out) throws SQLException {
      List<String> names = names(rows.getMetaData());
      while (rows.next()) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 1; i <= names.size(); i++) row.set(names.get(i - 1), json(rows.getObject(i)));
        try {
          out.println(MAPPER.writeValueAsString(row));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  };

  /** Rows an aligned table holds: it is for reading, CSV and JSON stream any number. */
  static final int TABLE_ROWS = 10_000;
  /** Longest cell of the table, so that one quote does not push the other columns off the screen. */
  static final int TABLE_CELL = 60;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Prints every row of {@code rows} to {@code out}. */
  public abstract void write(ResultSet rows, PrintStream out) throws SQLException;

  private static List<String> names(ResultSetMetaData meta) throws SQLException {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) names.add(meta.getColumnLabel(i));
    return names;
  }

  private static String cell(String v) {
    if (v == null) return "NULL";
    String flat = v.replaceAll("\\s+", " ");
    return flat.length() <= TABLE_CELL ? flat : flat.substring(0, TABLE_CELL - 1) + "…";
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) b.append(" | ");
      b.append(cells[i]).append(" ".repeat(width[i] - cells[i].length()));
    }
    return b.toString().stripTrailing();
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
  static String csvField(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  private static JsonNode json(Object v) throws SQLException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (v) {
      case null -> f.nullNode();
      case Boolean b -> f.booleanNode(b);
      case Integer i -> f.numberNode(i);
      case Long l -> f.numberNode(l);
      case Short s -> f.numberNode(s);
      case Byte b -> f.numberNode(b);
      case Double d -> f.numberNode(d);
      case Float x -> f.numberNode(x);
      case BigInteger b -> f.numberNode(b);
      case BigDecimal b -> f.numberNode(b);
      case Array a -> {
        ArrayNode items = f.arrayNode();
        for (Object item : (Object[]) a.getArray()) items.add(json(item));
        yield items;
      }
      default -> f.textNode(v.toString());
    };
  }
}
