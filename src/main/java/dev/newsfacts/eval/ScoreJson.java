package dev.newsfacts.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacts.json.ResultJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The scores as one JSON object, laid out like the reference scorer's {@code --json}: gold, pred,
 * min_gold_words, summary (six decimals), counts; plus by_rule when asked for.
 */
public final class ScoreJson {
  private ScoreJson() {}

  public static ObjectNode of(Score res, String goldDir, String predDir, boolean byRule) {
    ObjectNode o = ResultJson.mapper().createObjectNode();
    o.put("gold", goldDir);
    o.put("pred", predDir);
    o.put("min_gold_words", res.minGoldWords());
    ObjectNode summary = o.putObject("summary");
    res.summary().forEach((k, v) -> summary.put(k, round6(v)));
    ObjectNode counts = o.putObject("counts");
    res.counts().forEach(counts::put);
    if (byRule) {
      ObjectNode rules = o.putObject("by_rule");
      for (Map.Entry<String, RuleCount> e : res.byRule().entrySet()) {
        ObjectNode r = rules.putObject(e.getKey());
        r.put("quotes", e.getValue().quotes());
        r.put("right", e.getValue().right());
        r.put("share", round6(e.getValue().share()));
      }
      o.put("direct_matched_named", res.directNamed());
    }
    return o;
  }

  public static String render(Score res, String goldDir, String predDir, boolean byRule) {
    return of(res, goldDir, predDir, byRule).toPrettyString();
  }

  /** Python's {@code round(v, 6)}: half-to-even on the exact binary value. */
  private static double round6(double v) {
    return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
  }
}
