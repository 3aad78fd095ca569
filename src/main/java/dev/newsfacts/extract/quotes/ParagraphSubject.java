package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.List;
import java.util.function.Function;

/**
 * The person a paragraph is about, for a pronoun: the named subject of the latest earlier
 * sentence of the pronoun's own paragraph ("Whitfield declined to say whether ... "We'll see,"
 * she said."). A reader takes "she" there for Whitfield, even when another woman spoke last in
 * the paragraph before. Only a sentence subject counts, never a name inside a quote or after a
 * preposition, so "... would hurt Jones," she said" does not point at Jones.
 */
final class ParagraphSubject {
  private final AnnotatedText at;
  private final PersonIndex people;
  private final Function<Sentence, TokenSpan> subjectOf;

  ParagraphSubject(AnnotatedText at, PersonIndex people, Function<Sentence, TokenSpan> subjectOf) {
    this.at = at;
    this.people = people;
    this.subjectOf = subjectOf;
  }

  /** The named subject of the nearest earlier sentence in the paragraph of {@code offset}, or null. */
  Person before(int offset) {
    Sentence own = at.sentenceAt(offset);
    List<Sentence> sentences = at.sentences();
    for (int i = own.index() - 1; i >= 0; i--) {
      Sentence s = sentences.get(i);
      if (s.paragraph() != own.paragraph()) return null;
      TokenSpan np = subjectOf.apply(s);
      if (np == null) continue;
      int a = at.tokens().get(np.start()).start();
      int b = at.tokens().get(np.end() - 1).end();
      return people.personIn(a, b);
    }
    return null;
  }
}
