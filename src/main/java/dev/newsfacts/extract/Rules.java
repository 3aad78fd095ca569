package dev.newsfacts.extract;

import dev.newsfacts.extract.entities.EntityBuilder;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.facts.FactExtractor;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.meta.LanguageGuesser;
import dev.newsfacts.extract.meta.MetaExtractor;
import dev.newsfacts.extract.quotes.QuoteExtractor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Everything of an extractor but the OpenNLP models: the word lists, the gazetteer and the rule
 * stages built over them (their classes, patterns and lists initialised); French, German and Spanish
 * rules only on the first article in each. Shared by every thread.
 * Loaded on a helper thread while the models load, so that on two cores it costs no wall time.
 */
record Rules(GivenNames givenNames, LanguageGuesser language, QuoteExtractor quotes,
    MetaExtractor meta, EntityBuilder entityBuilder, FactExtractor facts, OtherLanguages steps) {

  static Rules load() {
    EntityLexicon lexicon = EntityLexicon.load();
    LanguageGuesser language = LanguageGuesser.loadFromClasspath();
    // one person index serves quotes and entities: the larger list, so that a pronoun finds a person whose
    // given name only that list knows, and the world list beside it; the French, German and Spanish rules keep the
    // short list
    GivenNames given = GivenNames.loadWith(EntityLexicon.GIVEN_NAMES, GivenNames.WORLD);
    return new Rules(given, language, new QuoteExtractor(p -> lexicon.place(p) != null || lexicon.isTown(p)),
        new MetaExtractor(language), new EntityBuilder(lexicon, given), new FactExtractor(lexicon),
        new OtherLanguages(given.shortListOnly()));
  }

  /** The rules a helper thread loaded, with its failure rethrown as it was. */
  static Rules await(Future<Rules> loading) {
    try {
      return loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the word lists", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException("cannot load the word lists", e.getCause());
    }
  }
}
