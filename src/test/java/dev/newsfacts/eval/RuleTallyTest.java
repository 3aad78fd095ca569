package dev.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-rule counts, error lines and the JSON form of the scores, on the fixture split of {@link ScorerTest}. */
class RuleTallyTest {
  @TempDir Path pred;

  private final ScorerTest fixture = new ScorerTest();
  private int ids;

  private Quote quote(String text, QuoteKind kind, String words, String name, String mention, String rule) {
    TextSpan q = ScorerTest.span(text, words, 0);
    Speaker s = rule == null ? new Speaker(null, null, null, null, Resolution.NONE, null)
        : new Speaker(name, null, name == null ? mention : null, ScorerTest.span(text, mention, 0), Resolution.EXPLICIT, rule);
    return new Quote("q" + ++ids, kind, words, q.start(), q.end(), s, null, 0.9);
  }

  private void writeMixed() throws Exception {
    fixture.pred = pred;
    String h = ScorerTest.text("harbour-vote");
    String l = ScorerTest.text("library-hours");
    String p = ScorerTest.text("port-fees");
    fixture.write("harbour-vote", List.of(
        quote(h, QuoteKind.DIRECT, "We cannot wait another winter,", "Mira Okafor", "Mira Okafor", "cue-after"),
        quote(h, QuoteKind.INDIRECT, "the work would start in May", "Mira Okafor", "She", "reported-after-cue"),
        // a scare quote taken for a quote: a false positive of its rule
        quote(h, QuoteKind.PARTIAL, "reckless", "Critics", "Critics", "partial-cue-before")));
    fixture.write("library-hours", List.of(
        quote(l, QuoteKind.DIRECT, "Reading rooms stay open until nine,", null, "the librarian", "cue-after"),
        // right span, wrong speaker
        quote(l, QuoteKind.DIRECT, "We heard the students.", null, "A sign", "same-paragraph")));
    fixture.write("port-fees", List.of(quote(p, QuoteKind.DIRECT, "It is overdue,", null, null, null)));
  }

  @Test
  void countsTheQuotesEachRuleDecidedAndHowManyAreRight() throws Exception {
    writeMixed();
    Map<String, RuleCount> byRule = Scorer.score(ScorerTest.split(), pred, 1, false, w -> { }).byRule();
    assertEquals(new RuleCount(2, 2), byRule.get("cue-after"));
    assertEquals(new RuleCount(1, 1), byRule.get("reported-after-cue"));
    assertEquals(new RuleCount(1, 0), byRule.get("partial-cue-before"));
    assertEquals(new RuleCount(1, 0), byRule.get("same-paragraph"));
    assertEquals(new RuleCount(1, 0), byRule.get(Scorer.UNATTRIBUTED), "the gold quote has a source");
  }

  @Test
  void printsTheRuleTableMostUsedRuleFirst() throws Exception {
    writeMixed();
    String table = ScoreTable.ruleTable(Scorer.score(ScorerTest.split(), pred, 1, false, w -> { }));
    List<String> lines = table.lines().toList();
    assertTrue(lines.get(2).startsWith("cue-after") && lines.get(2).endsWith("2       2   1.000"), table);
    assertTrue(lines.get(lines.size() - 2).matches("all\\s+6\\s+3\\s+0\\.500"), table);
  }

  @Test
  void countsTheMatchedDirectQuotesWhoseSpeakerHasAName() throws Exception {
    writeMixed();
    Score s = Scorer.score(ScorerTest.split(), pred, 1, false, w -> { });
    // of the four matched direct quotes only the harbour one names its speaker
    assertEquals(1, s.directNamed());
    assertTrue(ScoreTable.ruleTable(s).endsWith("matched direct quotes with a speaker.name: 1 of 4 (0.250)"));
  }

  @Test
  void writesOneErrorLinePerWrongItemWithTheRuleThatDecided() throws Exception {
    writeMixed();
    List<String> lines = new ArrayList<>();
    Scorer.score(ScorerTest.split(), pred, 1, false, w -> { },
        (article, type, fields) -> lines.add(article + " " + type + " " + fields.get("rule")));
    assertTrue(lines.contains("library-hours.txt direct_wrong_speaker same-paragraph"), lines.toString());
    assertTrue(lines.contains("harbour-vote.txt direct_false_positive partial-cue-before"), lines.toString());
    assertTrue(lines.contains("port-fees.txt direct_wrong_speaker null"), lines.toString());
  }

  @Test
  void writesErrorLinesAsJson() throws Exception {
    writeMixed();
    Path file = pred.resolve("errors.jsonl");
    try (ErrorLines lines = new ErrorLines(file)) {
      Scorer.score(ScorerTest.split(), pred, 1, false, w -> { }, lines);
    }
    JsonNode first = ResultJson.mapper().readTree(Files.readAllLines(file).get(0));
    assertEquals("harbour-vote.txt", first.get("article").asText());
    assertEquals("direct_false_positive", first.get("type").asText());
    assertEquals(2, first.get("span").size(), "a span is [start, end], as score.py writes it");
  }

  @Test
  void putsTheRuleCountsIntoTheJsonOnlyWhenAsked() throws Exception {
    writeMixed();
    Score s = Scorer.score(ScorerTest.split(), pred, 1, false, w -> { });
    JsonNode plain = ScoreJson.of(s, "g", "p", false);
    assertTrue(plain.has("summary") && plain.has("counts") && !plain.has("by_rule"), plain.toString());
    JsonNode withRules = ScoreJson.of(s, "g", "p", true);
    assertEquals(2, withRules.at("/by_rule/cue-after/right").asInt());
    assertEquals(1.0, withRules.at("/summary/direct_r").asDouble());
  }
}
