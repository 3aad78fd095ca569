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
 * stages built over them (their classes, patterns and lists initialised). Immutable and shared.
 * Loaded on a helper thread while the models load, so that on two cores it costs no wall time.
 */
record Rules(GivenNames givenNames, QuoteExtractor quotes, MetaExtractor meta, EntityBuilder entityBuilder,
    FactExtractor facts) {

  static Rules load() {
    EntityLexicon lexicon = EntityLexicon.load();
    return new Rules(GivenNames.load(), new QuoteExtractor(), new MetaExtractor(LanguageGuesser.loadFromClasspath()),
        new EntityBuilder(lexicon), new FactExtractor(lexicon));
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
