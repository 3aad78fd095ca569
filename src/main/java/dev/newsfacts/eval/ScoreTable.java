package dev.newsfacts.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The readable table and the closing summary line ({@code direct_f1=0.912 speaker_acc=...}, three
 * decimals), laid out like the reference scorer's so the two can be compared line by line.
 */
public final class ScoreTable {
  private ScoreTable() {}

  public static String render(Score res, String goldDir, String predDir) {
    Map<String, Double> s = res.summary();
    List<String> lines = new ArrayList<>();
    lines.add("gold: " + goldDir + "   pred: " + predDir);
    if (res.minGoldWords() > 1) {
      lines.add("ignoring gold direct quotes under " + res.minGoldWords() + " words: "
          + res.count("gold_direct_quotes_ignored") + " gold, " + res.count("direct_pred_ignored")
          + " predictions matched to them");
    }
    lines.add("articles " + res.count("articles") + "  (prediction files missing " + res.count("pred_missing_files")
        + ", error documents " + res.count("pred_error_documents") + ", unreadable " + res.count("pred_unreadable_files")
        + ")");
    lines.add("gold span text check: " + res.count("gold_span_mismatches") + " mismatches in "
        + res.count("gold_span_annotations") + " annotations");
    lines.add("predicted quotes " + res.count("pred_quotes") + "  (invalid skipped " + res.count("pred_invalid_quotes")
        + ", text != text[start:end] " + res.count("pred_text_mismatches") + ")");
    lines.add("");
    lines.add(left("metric", 34) + right("gold", 7) + right("pred", 7) + right("match", 7) + right("P", 8)
        + right("R", 8) + right("F1", 8) + right("acc", 8));
    lines.add("-".repeat(87));
    lines.add(row("a. direct quotes", res.count("gold_direct_quotes"), res.count("direct_pred"),
        res.count("direct_matched"), s.get("direct_p"), s.get("direct_r"), s.get("direct_f1")));
    lines.add(accRow("b. speaker on matched direct", res.count("direct_speaker_correct"), s.get("speaker_acc")));
    lines.add(row("b. end-to-end (quote + speaker)", res.count("gold_direct_quotes"), res.count("direct_pred"),
        res.count("direct_speaker_correct"), s.get("e2e_p"), s.get("e2e_r"), s.get("e2e_f1")));
    lines.add(row("c. all attributions", res.count("gold_attributions"),
        res.count("pred_quotes") - res.count("attr_absorbed"), res.count("attr_matched"), s.get("attr_p"),
        s.get("attr_r"), s.get("attr_f1")));
    lines.add(accRow("c. source on matched attributions", res.count("attr_source_correct"), s.get("attr_source_acc")));
    lines.add(accRow("d. cue on matched attributions", res.count("attr_cue_correct"), s.get("cue_acc")));
    lines.add("-".repeat(87));
    lines.add("(c) predictions absorbed as extra pieces of a matched attribution: " + res.count("attr_absorbed")
        + "; gold attributions without a source: " + res.count("gold_attributions_no_source"));
    return String.join("\n", lines);
  }

  /**
   * Per attribution rule: the quotes it decided and the share right, most used rule first
   * (ties by name), e.g. {@code cue-after  292  278  0.952}.
   */
  public static String ruleTable(Score res) {
    List<String> lines = new ArrayList<>();
    lines.add(left("rule", 26) + right("quotes", 8) + right("right", 8) + right("share", 8));
    lines.add("-".repeat(50));
    List<Map.Entry<String, RuleCount>> rows = new ArrayList<>(res.byRule().entrySet());
    rows.sort(Comparator.comparingInt((Map.Entry<String, RuleCount> e) -> -e.getValue().quotes())
        .thenComparing(Map.Entry::getKey));
    int quotes = 0;
    int right = 0;
    for (Map.Entry<String, RuleCount> e : rows) {
      RuleCount r = e.getValue();
      lines.add(left(e.getKey(), 26) + right(r.quotes(), 8) + right(r.right(), 8) + right(fixed3(r.share()), 8));
      quotes += r.quotes();
      right += r.right();
    }
    lines.add("-".repeat(50));
    RuleCount all = new RuleCount(quotes, right);
    lines.add(left("all", 26) + right(all.quotes(), 8) + right(all.right(), 8) + right(fixed3(all.share()), 8));
    int matched = res.count("direct_matched");
    lines.add("matched direct quotes with a speaker.name: " + res.directNamed() + " of " + matched + " ("
        + fixed3(matched == 0 ? 0.0 : (double) res.directNamed() / matched) + ")");
    return String.join("\n", lines);
  }

  public static String summaryLine(Score res) {
    StringJoiner j = new StringJoiner(" ");
    res.summary().forEach((k, v) -> j.add(k + "=" + fixed3(v)));
    return j.toString();
  }

  /**
   * Three decimals rounded half-to-even on the exact binary value, as Python's {@code format(x, '.3f')}
   * does ({@code String.format} rounds half-up, which differs on ties such as 0.0625).
   */
  static String fixed3(double v) {
    return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String row(String label, int gold, int pred, int match, double p, double r, double f) {
    return left(label, 34) + right(gold, 7) + right(pred, 7) + right(match, 7) + right(fixed3(p), 8)
        + right(fixed3(r), 8) + right(fixed3(f), 8);
  }

  private static String accRow(String label, int match, double acc) {
    return left(label, 34) + right("", 7) + right("", 7) + right(match, 7) + right("", 24) + right(fixed3(acc), 8);
  }

  private static String left(String s, int w) {
    return s.length() >= w ? s : s + " ".repeat(w - s.length());
  }

  private static String right(Object o, int w) {
    String s = String.valueOf(o);
    return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
  }
}
