package dev.newsfacts.bench;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.extract.people.PersonEntities;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.extract.quotes.QuoteExtractor;
import dev.newsfacts.extract.text.DecodedText;
import dev.newsfacts.extract.text.InputRejectedException;
import dev.newsfacts.extract.text.TextDecoder;
import dev.newsfacts.json.ResultJson;

/**
 * Quotes and people only, without metadata, entities and facts: the baseline that
 * {@link StageCostBenchmark} measures those stages against. Bytes in, JSON bytes out, as the full
 * extraction; one per thread.
 */
final class QuotesOnlyPipeline {
  private final TextDecoder decoder = new TextDecoder();
  private final Annotator annotator;
  private final GivenNames givenNames;
  private final QuoteExtractor quotes = new QuoteExtractor();

  QuotesOnlyPipeline(NlpModels models, GivenNames givenNames) {
    this.annotator = new Annotator(models);
    this.givenNames = givenNames;
  }

  byte[] extract(byte[] bytes) {
    DecodedText decoded;
    try {
      decoded = decoder.decode(bytes);
    } catch (InputRejectedException e) {
      return new byte[0];
    }
    AnnotatedText at = annotator.annotate(decoded.text());
    PersonIndex people = PersonIndex.build(at, givenNames);
    PersonEntities.Linked linked = PersonEntities.link(people, quotes.extract(at, people));
    return ResultJson.toBytes(linked);
  }
}
