package dev.newsfacts.extract.language;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.meta.DatelineReader;

/** The steps one profiled language other than English brings: its quotes, its figures, its datelines. */
public record LanguageSteps(LanguageProfile profile, ProfileQuoteExtractor quotes, ProfileFigures figures,
    DatelineReader datelines) {
  public LanguageSteps(LanguageProfile profile, GivenNames given) {
    this(profile, new ProfileQuoteExtractor(profile, given), new ProfileFigures(profile), new ProfileDateline(profile));
  }
}
