package dev.newsfacts.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A BRAT standoff {@code .ann} file: text-bound annotations ({@code T}) and events ({@code E});
 * other records (attributes, relations, notes) are read past. A span text may run over several
 * lines: a line that does not start a record continues the previous one.
 */
final class BratFile {
  private static final Pattern RECORD = Pattern.compile("^[TERAMN#]\\d+\t", Pattern.UNICODE_CHARACTER_CLASS);

  /** A text-bound annotation: type, fragments (code points of the decoded .txt), the text it claims. */
  record TextBound(String type, List<Span> frags, String text) {}

  /** One argument of an event: {@code Source:T3}. */
  record Argument(String role, String ref) {}

  final Map<String, TextBound> textBounds = new LinkedHashMap<>();
  final Map<String, List<Argument>> events = new LinkedHashMap<>();

  static BratFile parse(String content, String where) throws EvalInputException {
    List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
    List<String> records = new ArrayList<>();
    for (String line : lines) {
      if (RECORD.matcher(line).find()) {
        records.add(line);
      } else if (!records.isEmpty()) {
        records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
      }
    }
    BratFile f = new BratFile();
    for (String rec : records) {
      String[] fields = rec.split("\t", -1);
      String id = fields[0];
      try {
        if (id.charAt(0) == 'T') {
          String[] typeAndOffsets = fields[1].split(" ", 2);
          if (typeAndOffsets.length < 2) throw new IllegalArgumentException("no offsets");
          List<Span> frags = new ArrayList<>();
          for (String frag : typeAndOffsets[1].split(";", -1)) {
            List<String> ab = PyText.split(frag);
            if (ab.size() != 2) throw new IllegalArgumentException("not two offsets");
            frags.add(new Span(Integer.parseInt(ab.get(0)), Integer.parseInt(ab.get(1))));
          }
          String text = String.join("\t", java.util.Arrays.asList(fields).subList(Math.min(2, fields.length), fields.length));
          f.textBounds.put(id, new TextBound(typeAndOffsets[0], frags, text));
        } else if (id.charAt(0) == 'E') {
          List<Argument> args = new ArrayList<>();
          for (String arg : PyText.split(fields[1])) {
            int colon = arg.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException("argument without a role");
            args.add(new Argument(arg.substring(0, colon), arg.substring(colon + 1)));
          }
          f.events.put(id, args);
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        String shown = rec.length() > 80 ? rec.substring(0, 80) : rec;
        throw new EvalInputException(where + ": malformed record '" + shown + "'", e);
      }
    }
    return f;
  }
}
