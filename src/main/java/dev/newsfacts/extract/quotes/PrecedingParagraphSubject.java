package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.List;
import java.util.function.Function;

/**
 * The person a paragraph that opens with a quote goes on from: "Desrochers rejected that description." /
 * ""We are not tearing anything down," he said." A quote whose paragraph it opens, attributed only by a
 * pronoun, is read as the words of the named subject the paragraph before ends on, even when another man
 * spoke last before that. The subject is the one of the closing sentence; a pronoun subject there ("He put the
 * thermos back.") hands over to the named subject of the sentence before it in that paragraph.
 */
final class PrecedingParagraphSubject {
  private final AnnotatedText at;
  private final PersonIndex people;
  private final Function<Sentence, TokenSpan> subjectOf;

  PrecedingParagraphSubject(AnnotatedText at, PersonIndex people, Function<Sentence, TokenSpan> subjectOf) {
    this.at = at;
    this.people = people;
    this.subjectOf = subjectOf;
  }

  /**
   * The named subject closing the paragraph before the one of the pronoun at token {@code pronoun}, when
   * that paragraph opens with the quote the pronoun follows; null otherwise.
   */
  Person before(int pronoun) {
    List<Token> toks = at.tokens();
    if (!opensWithItsQuote(toks, pronoun)) return null;
    Sentence own = at.sentenceAt(toks.get(pronoun).start());
    char kind = Pronouns.subjectKind(toks.get(pronoun).text());
    List<Sentence> sentences = at.sentences();
    int paragraph = toks.get(pronoun).paragraph();
    for (int i = own.index() - 1; i >= 0; i--) {
      Sentence s = sentences.get(i);
      if (s.paragraph() == paragraph) continue;
      if (s.paragraph() != paragraph - 1 || quotes(toks, s)) return null;
      TokenSpan np = subjectOf.apply(s);
      if (np == null) return null;
      // "He put the empty thermos back.": the same person again, named further back in the paragraph
      if (np.length() == 1 && Pronouns.subjectKind(toks.get(np.start()).text()) == kind) continue;
      return people.personIn(toks.get(np.start()).start(), toks.get(np.end() - 1).end());
    }
    return null;
  }

  /** The paragraph opens with a quotation mark, and the pronoun comes right after that quote closes. */
  private static boolean opensWithItsQuote(List<Token> toks, int pronoun) {
    int paragraph = toks.get(pronoun).paragraph();
    int first = pronoun;
    while (first > 0 && toks.get(first - 1).paragraph() == paragraph) first--;
    if (!SourceFinder.isQuoteMark(toks.get(first))) return false;
    int marks = 0;
    for (int k = first; k < pronoun; k++) if (SourceFinder.isQuoteMark(toks.get(k))) marks++;
    return marks == 2;
  }

  /** A sentence with quotation marks: who speaks there is the sieves' business, not a subject's. */
  private static boolean quotes(List<Token> toks, Sentence s) {
    for (int k = s.firstToken(); k < s.endToken(); k++) if (SourceFinder.isQuoteMark(toks.get(k))) return true;
    return false;
  }
}
