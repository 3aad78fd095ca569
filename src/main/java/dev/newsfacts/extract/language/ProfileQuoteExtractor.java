package dev.newsfacts.extract.language;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.model.Quote;
import java.util.List;

/** Quotes and speakers in French, German and Spanish. */
public final class ProfileQuoteExtractor {
  private final LanguageProfile profile;

  public ProfileQuoteExtractor(LanguageProfile profile) {
    this.profile = profile;
  }

  public List<Quote> extract(AnnotatedText at) {
    return List.of();
  }
}
