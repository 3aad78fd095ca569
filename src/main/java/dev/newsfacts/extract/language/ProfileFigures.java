package dev.newsfacts.extract.language;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.model.StatisticFact;
import java.util.List;

/** Statistics read with the profile's number format. */
public final class ProfileFigures {
  private final LanguageProfile profile;

  public ProfileFigures(LanguageProfile profile) {
    this.profile = profile;
  }

  public List<StatisticFact> find(AnnotatedText at, int bodyStart) {
    return List.of();
  }
}
