package dev.newsfacts.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predictions against a gold split: (a) direct quotes, (b) their speakers and end to end,
 * (c) all attributions (with pieces absorbed into an already matched attribution), (d) cues. All
 * counts are summed over articles (micro-averaged). The definitions are the reference scorer's;
 * see the package documentation.
 */
public final class Scorer {
  static final List<String> COUNTS = List.of(
      "articles", "gold_attributions", "gold_attributions_no_source", "gold_direct_quotes",
      "gold_span_annotations", "gold_span_mismatches",
      "pred_missing_files", "pred_error_documents", "pred_unreadable_files",
      "pred_invalid_quotes", "pred_text_mismatches", "pred_quotes",
      "gold_direct_quotes_ignored", "direct_pred_ignored",
      "direct_pred", "direct_matched", "direct_speaker_correct",
      "attr_matched", "attr_absorbed", "attr_source_correct", "attr_cue_correct");
  private static final Set<String> NAME_STOPWORDS = Set.of(
      "The", "A", "An", "And", "Of", "In", "On", "At", "For", "To", "By", "With",
      "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our",
      "This", "That", "These", "Those", "Who", "Which",
      "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Senator", "Rep", "Representative", "Gov",
      "Governor", "President", "Vice", "Secretary", "Minister", "Prime", "Chairman", "Chair",
      "Speaker", "Leader", "General", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Maj", "Prof",
      "Professor", "Rev", "Sir", "Judge", "Justice", "Mayor", "Former", "Jr", "Sr", "Said");
  /** The rule key of quotes that name no speaker (their result has no {@code speaker.rule}). */
  public static final String UNATTRIBUTED = "(none)";
  private static final int ERROR_TEXT_CHARS = 300;
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

  private Scorer() {}

  /**
   * @param minGoldWords gold direct quotes of fewer words are "don't care" (1: off)
   * @param lenient count unreadable prediction files as empty instead of failing
   */
  public static Score score(Path gold, Path pred, int minGoldWords, boolean lenient, Consumer<String> warn)
      throws EvalInputException {
    return score(gold, pred, minGoldWords, lenient, warn, ErrorSink.NONE);
  }

  /** As above, reporting every item judged wrong to {@code errors}. */
  public static Score score(Path gold, Path pred, int minGoldWords, boolean lenient, Consumer<String> warn,
                            ErrorSink errors) throws EvalInputException {
    return score(GoldLoader.load(gold, warn), pred, minGoldWords, lenient, warn, errors);
  }

  static Score score(List<GoldArticle> gold, Path predDir, int minGoldWords, boolean lenient, Consumer<String> warn,
                     ErrorSink errors) throws EvalInputException {
    Map<String, RuleCount> byRule = new LinkedHashMap<>();
    int named = 0;
    Map<String, Integer> c = new LinkedHashMap<>();
    for (String k : COUNTS) c.put(k, 0);
    for (GoldArticle g : gold) {
      List<GoldArticle.Attribution> atts = g.attributions();
      List<GoldArticle.GoldQuote> gq = g.quotes();
      add(c, "articles", 1);
      add(c, "gold_attributions", atts.size());
      add(c, "gold_attributions_no_source", (int) atts.stream().filter(a -> a.source().isEmpty()).count());
      Set<Integer> ignoredG = new HashSet<>();
      for (int i = 0; i < gq.size(); i++) {
        if (PyText.wordCount(gq.get(i).text()) < minGoldWords) ignoredG.add(i);
      }
      add(c, "gold_direct_quotes", gq.size() - ignoredG.size());
      add(c, "gold_direct_quotes_ignored", ignoredG.size());
      add(c, "gold_span_annotations", g.spanAnnotations());
      add(c, "gold_span_mismatches", g.spanMismatches());
      List<Predictions.Pred> preds = Predictions.load(predDir, g.text(), lenient, c, warn);
      add(c, "pred_quotes", preds.size());

      // (a) + (b): direct quotes and their speakers
      List<Integer> directIndex = new ArrayList<>();
      for (int i = 0; i < preds.size(); i++) if (Predictions.DIRECT.contains(preds.get(i).kind())) directIndex.add(i);
      List<Predictions.Pred> dpreds = directIndex.stream().map(preds::get).toList();
      List<List<Span>> goldSpans = new ArrayList<>();
      for (GoldArticle.GoldQuote q : gq) goldSpans.add(List.of(q.span()));
      List<GreedyMatch.Pair> pairs = GreedyMatch.match(goldSpans, dpreds.stream().map(Predictions.Pred::span).toList(),
          true).pairs();
      Set<Integer> ignoredP = new HashSet<>();
      List<GreedyMatch.Pair> kept = new ArrayList<>();
      for (GreedyMatch.Pair p : pairs) {
        if (ignoredG.contains(p.gold())) ignoredP.add(p.pred());
        else kept.add(p);
      }
      add(c, "direct_pred", dpreds.size() - ignoredP.size());
      add(c, "direct_pred_ignored", ignoredP.size());
      add(c, "direct_matched", kept.size());
      // per prediction (index into preds): judged by the direct match, or left to the attribution match
      Map<Integer, Boolean> rightOf = new HashMap<>();
      Set<Integer> ignoredPreds = new HashSet<>();
      for (int pi : ignoredP) ignoredPreds.add(directIndex.get(pi));
      for (GreedyMatch.Pair p : kept) {
        GoldArticle.GoldQuote q = gq.get(p.gold());
        Predictions.Pred pr = dpreds.get(p.pred());
        boolean right = speakerCorrect(atts.get(q.attribution()), pr);
        rightOf.put(directIndex.get(p.pred()), right);
        if (pr.name() != null) named++;
        if (right) {
          add(c, "direct_speaker_correct", 1);
        } else {
          GoldArticle.Attribution att = atts.get(q.attribution());
          errors.report(g.text().name, "direct_wrong_speaker", fields("span", pair(q.span()), "text", q.text(),
              "gold_source", att.sourceText(), "pred_name", pr.name(), "pred_mention", pair(pr.mention()),
              "rule", pr.rule()));
        }
      }
      Set<Integer> matchedG = new HashSet<>();
      Set<Integer> matchedD = new HashSet<>();
      for (GreedyMatch.Pair p : pairs) {
        matchedG.add(p.gold());
        matchedD.add(p.pred());
      }
      for (int i = 0; i < gq.size(); i++) {
        if (!matchedG.contains(i) && !ignoredG.contains(i)) {
          errors.report(g.text().name, "direct_missed", fields("span", pair(gq.get(i).span()), "text", gq.get(i).text(),
              "gold_source", atts.get(gq.get(i).attribution()).sourceText()));
        }
      }
      for (int i = 0; i < dpreds.size(); i++) {
        if (!matchedD.contains(i)) {
          errors.report(g.text().name, "direct_false_positive", fields("span", pair(dpreds.get(i).span()),
              "text", dpreds.get(i).text(), "rule", dpreds.get(i).rule()));
        }
      }

      // (c) + (d): all attributions and their cues
      List<List<Span>> contents = atts.stream().map(GoldArticle.Attribution::content).toList();
      GreedyMatch.Result m = GreedyMatch.match(contents, preds.stream().map(Predictions.Pred::span).toList(), false);
      add(c, "attr_matched", m.pairs().size());
      Set<Integer> matchedP = new HashSet<>();
      for (GreedyMatch.Pair p : m.pairs()) matchedP.add(p.pred());
      int absorbed = 0;
      for (int i = 0; i < preds.size(); i++) {
        if (!matchedP.contains(i) && !m.candidatesOfPred().get(i).isEmpty()) absorbed++;
      }
      add(c, "attr_absorbed", absorbed);
      Set<Integer> matchedA = new HashSet<>();
      for (GreedyMatch.Pair p : m.pairs()) {
        GoldArticle.Attribution att = atts.get(p.gold());
        Predictions.Pred pr = preds.get(p.pred());
        matchedA.add(p.gold());
        boolean right = speakerCorrect(att, pr);
        if (right) add(c, "attr_source_correct", 1);
        rightOf.putIfAbsent(p.pred(), right);
        if (cueCorrect(att, pr)) {
          add(c, "attr_cue_correct", 1);
        } else {
          errors.report(g.text().name, "attr_wrong_cue", fields("content", pairs(att.content()),
              "gold_cue", att.cueText(), "pred_cue", pair(pr.cue()), "rule", pr.rule()));
        }
      }
      for (int i = 0; i < atts.size(); i++) {
        if (matchedA.contains(i)) continue;
        List<Span> content = atts.get(i).content();
        String text = g.text().text.substring(content.get(0).start(), content.get(content.size() - 1).end());
        errors.report(g.text().name, "attr_missed", fields("content", pairs(content),
            "text", text.codePoints().limit(ERROR_TEXT_CHARS)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(),
            "gold_source", atts.get(i).sourceText()));
      }
      for (int i = 0; i < preds.size(); i++) {
        Predictions.Pred pr = preds.get(i);
        if (!matchedP.contains(i) && m.candidatesOfPred().get(i).isEmpty()) {
          errors.report(g.text().name, "attr_false_positive", fields("span", pair(pr.span()), "kind", pr.kind(),
              "text", pr.text(), "rule", pr.rule()));
        }
        if (ignoredPreds.contains(i)) continue;
        // an absorbed piece is right when its speaker fits one of the attributions it overlaps
        boolean right = rightOf.computeIfAbsent(i, k -> m.candidatesOfPred().get(k).stream()
            .anyMatch(gi -> speakerCorrect(atts.get(gi), pr)));
        byRule.merge(pr.rule() == null ? UNATTRIBUTED : pr.rule(), new RuleCount(1, right ? 1 : 0),
            (a, b) -> new RuleCount(a.quotes() + b.quotes(), a.right() + b.right()));
      }
    }
    double[] d = prf(c.get("direct_matched"), c.get("direct_pred"), c.get("gold_direct_quotes"));
    double[] e = prf(c.get("direct_speaker_correct"), c.get("direct_pred"), c.get("gold_direct_quotes"));
    double[] a = prf(c.get("attr_matched"), c.get("pred_quotes") - c.get("attr_absorbed"), c.get("gold_attributions"));
    Map<String, Double> s = new LinkedHashMap<>();
    s.put("direct_f1", d[2]);
    s.put("speaker_acc", acc(c.get("direct_speaker_correct"), c.get("direct_matched")));
    s.put("e2e_f1", e[2]);
    s.put("attr_f1", a[2]);
    s.put("direct_p", d[0]);
    s.put("direct_r", d[1]);
    s.put("e2e_p", e[0]);
    s.put("e2e_r", e[1]);
    s.put("attr_p", a[0]);
    s.put("attr_r", a[1]);
    s.put("attr_source_acc", acc(c.get("attr_source_correct"), c.get("attr_matched")));
    s.put("cue_acc", acc(c.get("attr_cue_correct"), c.get("attr_matched")));
    return new Score(c, s, minGoldWords, byRule, named);
  }

  /** P, R, F1; 1, 1, 1 when there is neither gold nor prediction; a zero denominator gives 0. */
  static double[] prf(int tp, int npred, int ngold) {
    if (npred == 0 && ngold == 0) return new double[] {1.0, 1.0, 1.0};
    double p = npred != 0 ? (double) tp / npred : 0.0;
    double r = ngold != 0 ? (double) tp / ngold : 0.0;
    double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    return new double[] {p, r, f};
  }

  private static double acc(int n, int d) {
    return d != 0 ? (double) n / d : 0.0;
  }

  /** Field name, value, name, value ...; kept in that order (a JSON line reads like score.py's). */
  private static Map<String, Object> fields(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  /** A span as score.py writes it: {@code [start, end]}, or null. */
  private static List<Integer> pair(Span s) {
    return s == null ? null : List.of(s.start(), s.end());
  }

  private static List<List<Integer>> pairs(List<Span> spans) {
    return spans.stream().map(Scorer::pair).toList();
  }

  private static void add(Map<String, Integer> c, String k, int n) {
    c.merge(k, n, Integer::sum);
  }

  /**
   * The mention overlaps the gold Source; without a mention, the name shares a capitalised word
   * with the Source text; a gold attribution without Source wants neither mention nor name.
   */
  static boolean speakerCorrect(GoldArticle.Attribution att, Predictions.Pred pred) {
    if (att.source().isEmpty()) return pred.mention() == null && pred.name() == null;
    if (pred.mention() != null) return Span.overlap(att.source(), pred.mention().start(), pred.mention().end()) > 0;
    if (pred.name() == null) return false;
    Set<String> words = nameWords(pred.name());
    words.retainAll(nameWords(att.sourceText() == null ? "" : att.sourceText()));
    return !words.isEmpty();
  }

  static boolean cueCorrect(GoldArticle.Attribution att, Predictions.Pred pred) {
    if (att.cue().isEmpty()) return pred.cue() == null;
    return pred.cue() != null && Span.overlap(att.cue(), pred.cue().start(), pred.cue().end()) > 0;
  }

  /** Capitalised words of a name (runs of letters/digits/apostrophes/hyphens), titles and pronouns left out. */
  static Set<String> nameWords(String s) {
    Set<String> words = new HashSet<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!PyText.isWord(cp) || cp == '_') {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < s.length()) {
        int n = s.codePointAt(i);
        if (!(PyText.isWord(n) || n == '\'' || n == '\u2019' || n == '-')) break;
        i += Character.charCount(n);
      }
      String w = s.substring(start, i);
      Matcher m = POSSESSIVE.matcher(w);
      w = PyText.strip(m.find() ? w.substring(0, m.start()) : w, "'\u2019-");
      if (!w.isEmpty() && PyText.isUpper(w.codePointAt(0)) && !NAME_STOPWORDS.contains(rstripDots(w))) words.add(w);
    }
    return words;
  }

  private static String rstripDots(String w) {
    int e = w.length();
    while (e > 0 && w.charAt(e - 1) == '.') e--;
    return w.substring(0, e);
  }
}
