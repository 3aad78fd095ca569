package dev.newsfacts.extract.language;

import dev.newsfacts.extract.nlp.CharSpan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.Paragraphs;
import dev.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input the language rules must survive: mixed languages, too little text to tell, marks left open. */
class LanguageBadInputTest {

  private static boolean withinOneParagraph(String text, Quote q) {
    for (CharSpan p : Paragraphs.split(text)) if (q.start() >= p.start() && q.end() <= p.end()) return true;
    return false;
  }

  @Test
  void aMixedLanguageArticleGivesAResultWithQuotesInsideTheirParagraphs() {
    String text = """
        PARIS, 14 mars 2024 (AFP) — Le gouvernement a présenté jeudi son plan pour les écoles rurales du pays.

        « Nous recruterons 3 000 enseignants », a déclaré la ministre Claire Lambert devant les députés.

        "We will watch this closely," European Commission spokesman Eric Mamer said in Brussels on Thursday.

        „Das ist ein gutes Zeichen“, sagte Anna Krüger in Berlin.
        """;
    Profiled p = Profiled.of(text);
    assertFalse(p.doc().quotes().isEmpty());
    for (Quote q : p.doc().quotes()) assertTrue(withinOneParagraph(text, q), q.toString());
  }

  @Test
  void aVeryShortTextInAnotherLanguageGivesAResult() {
    Profiled p = Profiled.of("« Non », dit-il.");
    assertTrue(p.doc().quotes().size() <= 1, p.doc().quotes().toString());
  }

  @Test
  void aShortTextGuessedWronglyStillGivesAResult() {
    Profiled p = Profiled.of("„Ja“, sagte er. Merci.");
    assertTrue(p.doc().quotes().size() <= 2);
  }

  @Test
  void unbalancedGuillemetsNeverRunPastTheirParagraph() {
    String text = """
        PARIS, 14 mars 2024 (AFP) — « Nous refusons cette réforme, a déclaré Paul Girard, secrétaire du syndicat.

        Le lendemain, la grève a commencé dans plus de 200 écoles « du département.

        » Les parents ont soutenu le mouvement, selon la préfecture.
        """;
    Profiled p = Profiled.of(text);
    for (Quote q : p.doc().quotes()) assertTrue(withinOneParagraph(text, q), q.toString());
  }

  @Test
  void unbalancedGermanMarksNeverRunPastTheirParagraph() {
    String text = """
        BERLIN, 3. April 2024 (dpa) - „Wir streiken weiter, sagte Claus Weber am Mittwoch.

        Die Bahn sprach von einem „teuren Frieden. „Der Abschluss kostet viel“, sagte Martin Seiler.
        """;
    Profiled p = Profiled.of(text);
    for (Quote q : p.doc().quotes()) assertTrue(withinOneParagraph(text, q), q.toString());
  }

  @Test
  void unbalancedMarksInReportedSpeechAndLoneDashesStayInTheirParagraph() {
    String text = """
        Graz. Die Lage sei „ernst, sagte der Landesrat, räumte er ein, erklärte

        —dijo—

        — , a-t-il ajouté. « Nous verrons, sourit-elle
        """;
    Profiled p = Profiled.of(text);
    for (Quote q : p.doc().quotes()) assertTrue(withinOneParagraph(text, q), q.toString());
  }

  @Test
  void manyOpenMarksInOneParagraphGiveAtMostOneQuoteInsideIt() {
    // the time is the POS tagger's, as for English text of as many tokens; the marks add one span
    String text = "PARIS (AFP) — " + "« ".repeat(1_000) + "fin.";
    Profiled p = Profiled.of(text);
    assertTrue(p.doc().quotes().size() <= 1, p.doc().quotes().toString());
    for (Quote q : p.doc().quotes()) assertTrue(withinOneParagraph(text, q));
  }

  @Test
  void englishCopyWithGuillemetsStillHasItsQuotes() {
    Profiled p = Profiled.of("""
        WASHINGTON (AP) — The French ambassador spoke to reporters after the meeting on Monday afternoon.

        « We will not give up on this agreement », the ambassador said, adding that talks would go on.
        """);
    List<Quote> q = p.doc().quotes();
    assertTrue(q.stream().anyMatch(x -> x.text().startsWith("We will not give up")), q.toString());
  }
}
