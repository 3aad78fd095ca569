package dev.newsfacts.extract.people;

import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import java.util.List;

/** The people a text names, as the person index finds them; models and name lists loaded once for all tests. */
final class PeopleOf {
  static final Annotator ANNOTATOR = new Annotator(NlpModels.loadFromClasspath());
  static final GivenNames GIVEN = GivenNames.loadWith(EntityLexicon.GIVEN_NAMES, GivenNames.WORLD);

  private PeopleOf() {}

  static List<String> names(String text) {
    AnnotatedText at = ANNOTATOR.annotate(text);
    return PersonIndex.build(at, GIVEN).persons().stream().map(Person::name).toList();
  }
}
