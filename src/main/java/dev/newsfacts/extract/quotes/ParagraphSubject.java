package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.List;
import java.util.function.Function;

/**
 * The person a paragraph is about, for a pronoun: the named subject of the sentence before
 * the pronoun's, in the same paragraph ("Whitfield declined to say whether ... "We'll see,"
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

  /** The named subject of the sentence before the one at {@code offset}, in the same paragraph, or null. */
  Person before(int offset) {
    Sentence own = at.sentenceAt(offset);
    List<Sentence> sentences = at.sentences();
    // only the sentence right before: past one whose subject cannot be read, the paragraph may have moved on
    if (own.index() == 0) return null;
    Sentence s = sentences.get(own.index() - 1);
    if (s.paragraph() != own.paragraph()) return null;
    TokenSpan np = subjectOf.apply(s);
    if (np == null) return null;
    int a = at.tokens().get(np.start()).start();
    int b = at.tokens().get(np.end() - 1).end();
    return people.personIn(a, b);
  }
}
