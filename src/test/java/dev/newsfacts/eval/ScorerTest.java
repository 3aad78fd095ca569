package dev.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.ArticleInfo;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on the small split of src/test/resources/eval/split (see its README). */
class ScorerTest {
  @TempDir Path pred;

  static Path split() {
    try {
      return Path.of(ScorerTest.class.getResource("/eval/split").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The article text as results index it (BOM dropped). */
  static String text(String article) throws IOException {
    String s = Files.readString(split().resolve("text/" + article + ".txt"), StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  static TextSpan span(String text, String words, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) i = text.indexOf(words, i + 1);
    if (i < 0) throw new IllegalArgumentException("not in the text: " + words);
    return new TextSpan(i, i + words.length(), words);
  }

  static Quote quote(String id, String text, QuoteKind kind, String words, String speaker, String mention, String cue,
                     int cueNth) {
    TextSpan q = span(text, words, 0);
    // an unnamed source carries a description (the format wants a name or a description)
    Speaker s = new Speaker(speaker, null, speaker == null ? mention : null, mention == null ? null : span(text, mention, 0),
        mention == null ? Resolution.NEARBY : Resolution.EXPLICIT, "cue-after");
    return new Quote(id, kind, words, q.start(), q.end(), s, cue == null ? null : span(text, cue, cueNth), 0.9);
  }

  void write(String article, List<Quote> quotes) throws IOException {
    String text = text(article);
    ResultDocument doc = new ResultDocument(ResultDocument.SCHEMA_VERSION, SourceRef.local(article + ".txt", text.length(), null),
        "0".repeat(64), new ExtractorInfo("newsfacts", "test", new TreeMap<>()),
        new ArticleInfo(null, null, null, "en", new Counts(1, 1, 1), null), List.of(), quotes, List.of());
    byte[] bytes = ResultJson.toBytes(doc);
    SchemaAssert.assertValid(bytes);
    Files.write(pred.resolve(article + ".txt.json"), bytes);
  }

  /** What a perfect extractor would report for the split. */
  void writePerfect() throws IOException {
    String h = text("harbour-vote");
    write("harbour-vote", List.of(
        quote("q1", h, QuoteKind.DIRECT, "We cannot wait another winter,", "Mira Okafor", "Mira Okafor", "said", 0),
        quote("q2", h, QuoteKind.INDIRECT, "the work would start in May", "Mira Okafor", "She", "said", 1)));
    String l = text("library-hours");
    write("library-hours", List.of(
        quote("q1", l, QuoteKind.DIRECT, "Reading rooms stay open until nine,", null, "the librarian", "said", 0),
        quote("q2", l, QuoteKind.DIRECT, "We heard the students.", null, "the librarian", "said", 0)));
    String p = text("port-fees");
    write("port-fees", List.of(
        quote("q1", p, QuoteKind.DIRECT, "It is overdue,", null, "a shipping agent", "said", 0)));
  }

  private Score score() throws EvalInputException {
    List<String> warnings = new ArrayList<>();
    return Scorer.score(split(), pred, 1, false, warnings::add);
  }

  @Test
  void scoresPerfectPredictionsAsOne() throws Exception {
    writePerfect();
    Score s = score();
    assertEquals(1.0, s.summary().get("direct_f1"));
    assertEquals(1.0, s.summary().get("speaker_acc"));
    assertEquals(1.0, s.summary().get("e2e_f1"));
    assertEquals(1.0, s.summary().get("cue_acc"));
    assertEquals(0, s.count("gold_span_mismatches"), "the fixture's span texts match their offsets");
  }

  @Test
  void findsGoldQuotesOnlyInsideContentSpans() throws Exception {
    Score s = score();
    // harbour 1 (not the scare quote "reckless"), library 2, port 1 (not "quiet please.")
    assertEquals(4, s.count("gold_direct_quotes"));
  }

  @Test
  void countsAMissingPredictionFileAsEmpty() throws Exception {
    Score s = score();
    assertEquals(3, s.count("pred_missing_files"));
    assertEquals(0.0, s.summary().get("direct_r"));
    assertEquals(0.0, s.summary().get("direct_p"), "no prediction against gold: P is 0, not 1");
  }

  @Test
  void convertsCodePointOffsetsPastABomAndAnAstralCharacter() throws Exception {
    String l = text("library-hours");
    // the emoji is two UTF-16 units: a conversion error would shift the span by one or two
    write("library-hours", List.of(
        quote("q1", l, QuoteKind.DIRECT, "Reading rooms stay open until nine,", null, "the librarian", "said", 0)));
    Score s = score();
    assertEquals(1, s.count("direct_matched"));
    assertEquals(1, s.count("direct_speaker_correct"));
  }

  @Test
  void usesTheFirstAnnotatorListedInTheMetadata() throws Exception {
    Score s = score();
    // port-fees_mt.ann has one attribution, port-fees_kb.ann two
    assertEquals(2 + 1 + 1, s.count("gold_attributions"));
    assertEquals(0, s.count("gold_attributions_no_source"));
  }

  @Test
  void absorbsASecondPieceOfAnAlreadyMatchedAttribution() throws Exception {
    String l = text("library-hours");
    // one gold attribution with two Content fragments, reported as two quotes
    write("library-hours", List.of(
        quote("q1", l, QuoteKind.DIRECT, "Reading rooms stay open until nine,", null, "the librarian", "said", 0),
        quote("q2", l, QuoteKind.DIRECT, "We heard the students.", null, "the librarian", "said", 0)));
    Score s = score();
    assertEquals(1, s.count("attr_matched"));
    assertEquals(1, s.count("attr_absorbed"));
    assertEquals(1.0, s.summary().get("attr_p"), "an absorbed piece is no false positive");
  }

  @Test
  void acceptsASpeakerNameSharingACapitalisedWordWhenThereIsNoMention() {
    // results of other tools may name a speaker without pointing at the words
    GoldArticle.Attribution att = new GoldArticle.Attribution("E1", List.of(new Span(0, 5)), List.of(new Span(0, 5)),
        List.of(new Span(10, 21)), List.of(), "Mira Okafor", null);
    assertEquals(true, Scorer.speakerCorrect(att, new Predictions.Pred(new Span(0, 5), "direct", null, null, "Okafor", null)));
    assertEquals(false, Scorer.speakerCorrect(att, new Predictions.Pred(new Span(0, 5), "direct", null, null, "Ellery", null)));
  }

  @Test
  void rejectsASpeakerWhoseOnlySharedWordIsATitle() {
    GoldArticle.Attribution att = new GoldArticle.Attribution("E1", List.of(new Span(0, 5)), List.of(new Span(0, 5)),
        List.of(new Span(10, 24)), List.of(), "President Obama", null);
    Predictions.Pred pred = new Predictions.Pred(new Span(0, 5), "direct", null, null, "President Trump", null);
    assertEquals(false, Scorer.speakerCorrect(att, pred));
    Predictions.Pred possessive = new Predictions.Pred(new Span(0, 5), "direct", null, null, "Obama's aide", null);
    assertEquals(true, Scorer.speakerCorrect(att, possessive));
  }

  @Test
  void countsQuotesOutsideTheTextAsInvalid() throws Exception {
    String h = text("harbour-vote");
    String last = h.substring(h.length() - 1);
    write("harbour-vote", List.of(new Quote("q1", QuoteKind.DIRECT, last, h.length() - 1, h.length(),
        new Speaker("Mira Okafor", null, null, span(h, "Mira Okafor", 0), Resolution.EXPLICIT, "cue-after"), null,
        0.5)));
    // a span past the end cannot be written through the model (end <= length holds), so corrupt it on disk
    Path file = pred.resolve("harbour-vote.txt.json");
    String written = Files.readString(file);
    String corrupted = written.replaceFirst("\"end\"\\s*:\\s*" + h.length() + "\\b", "\"end\":" + (h.length() + 5));
    assertNotEquals(written, corrupted, "the quote's end offset should be in the written document");
    Files.writeString(file, corrupted);
    assertEquals(1, score().count("pred_invalid_quotes"));
  }

  @Test
  void stopsOnAnUnreadablePredictionUnlessLenient() throws Exception {
    Files.writeString(pred.resolve("port-fees.txt.json"), "[1, 2]");
    assertThrows(EvalInputException.class, this::score);
    Score lenient = Scorer.score(split(), pred, 1, true, w -> { });
    assertEquals(1, lenient.count("pred_unreadable_files"));
  }

  @Test
  void leavesShortGoldQuotesOutWithMinGoldWords() throws Exception {
    writePerfect();
    Score s = Scorer.score(split(), pred, 4, false, w -> { });
    // "It is overdue," has three words
    assertEquals(3, s.count("gold_direct_quotes"));
    assertEquals(1, s.count("gold_direct_quotes_ignored"));
    assertEquals(1, s.count("direct_pred_ignored"));
    assertTrue(ScoreTable.render(s, "g", "p").contains("ignoring gold direct quotes under 4 words"));
  }
}
