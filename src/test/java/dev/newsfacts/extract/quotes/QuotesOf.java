package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import java.util.List;
import java.util.stream.Collectors;

/** The quotes of a few sentences written for one test, run through the whole attribution pipeline. */
record QuotesOf(String text, List<Quote> quotes) {
  /** Models load once per test JVM. */
  private static final class Shared {
    static final NlpModels MODELS = NlpModels.loadFromClasspath();
    static final GivenNames GIVEN = GivenNames.loadWith(EntityLexicon.GIVEN_NAMES, GivenNames.WORLD);
  }

  /** The text tokenised and tagged, for rules tested on their own. */
  static AnnotatedText annotate(String text) {
    return new Annotator(Shared.MODELS).annotate(text);
  }

  static QuotesOf text(String text) {
    AnnotatedText at = annotate(text);
    PersonIndex people = PersonIndex.build(at, Shared.GIVEN);
    return new QuotesOf(text, new QuoteExtractor().extract(at, people));
  }

  /** The quotes of {@code text} as {@code extractor} finds them, given the article's dateline (or null). */
  static QuotesOf text(String text, QuoteExtractor extractor, Dateline dateline) {
    AnnotatedText at = annotate(text);
    PersonIndex people = PersonIndex.build(at, Shared.GIVEN);
    return new QuotesOf(text, extractor.extract(at, people, dateline));
  }

  /** Fails unless the whole pipeline finds no quote at all in {@code text}. */
  static void assertNoQuote(String text) {
    QuotesOf a = text(text);
    assertTrue(a.quotes().isEmpty(), () -> "expected no quote in: " + text + "\n" + a.describe());
  }

  /** The position in {@code toks} of the first token that is {@code word}; a test that names a missing word fails. */
  static int indexOf(List<Token> toks, String word) {
    for (int i = 0; i < toks.size(); i++) if (toks.get(i).is(word)) return i;
    throw new IllegalArgumentException(word);
  }

  /** The one quote whose text contains {@code words}. */
  Quote containing(String words) {
    List<Quote> found = quotes.stream().filter(q -> q.text().contains(words)).toList();
    if (found.size() != 1) fail("expected one quote with '" + words + "', found " + found.size() + ":\n" + describe());
    return found.get(0);
  }

  /** The one quote in quotation marks (direct or partial) whose text contains {@code words}. */
  Quote marked(String words) {
    List<Quote> found = quotes.stream().filter(q -> q.kind() != QuoteKind.INDIRECT && q.text().contains(words)).toList();
    if (found.size() != 1) fail("expected one quoted '" + words + "', found " + found.size() + ":\n" + describe());
    return found.get(0);
  }

  /** Quotes (of any kind) whose text contains {@code words}. */
  List<Quote> allContaining(String words) {
    return quotes.stream().filter(q -> q.text().contains(words)).toList();
  }

  List<Quote> reported() {
    return quotes.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
  }

  String describe() {
    return quotes.stream()
        .map(q -> "  " + q.kind().wireName() + " '" + q.text() + "' <- " + q.speaker())
        .collect(Collectors.joining("\n"));
  }
}
