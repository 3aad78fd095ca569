package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 'Cruz warned against a brokered convention. "It would be a disaster," the Texas senator said.': news
 * writers vary a name with a description of the person they have just named. A definite description of
 * one person ("the Texas senator", "the billionaire investor") that no earlier role introduced names the
 * only person its paragraph names before it, or, when its paragraph names nobody before it, the only one
 * the paragraph before names. Two people there leave it unnamed, and so does a new paragraph that turns
 * from the latest speaker ('"That would be you?" Borger asked. / "It would," the senator said.'): the
 * writer would have said "she" for the same speaker. The person must open a sentence there as its subject.
 */
final class SolePersonBefore {
  private static final int MAX_DESCRIPTION_WORDS = 7;
  /** Person mentions looked at, the latest first; a paragraph or two names few people. */
  private static final int MAX_MENTIONS = 30;

  private SolePersonBefore() {}

  /**
   * The person the description {@code words} stands for, or null. {@code lastSpeaker} (maybe null) spoke
   * last, in paragraph {@code lastSpeakerParagraph}; {@code ignored} tells persons to leave out (bylines).
   */
  static Person personFor(AnnotatedText at, PersonIndex people, TokenSpan words, Person lastSpeaker,
      int lastSpeakerParagraph, Predicate<Person> ignored) {
    List<Token> toks = at.tokens();
    if (words.length() < 2 || words.length() > MAX_DESCRIPTION_WORDS || !toks.get(words.start()).is("the")) return null;
    Token head = toks.get(words.end() - 1);
    if (head.isCapitalised() || !PersonHeads.contains(head.text())) return null;
    int offset = toks.get(words.start()).start();
    int paragraph = toks.get(words.start()).paragraph();
    Set<Person> own = personsBetween(people, at.paragraphs().get(paragraph).start(), offset, ignored);
    Set<Person> window = own;
    // the headline before the first paragraph names the story's subject, not who speaks next
    if (own.isEmpty() && paragraph > 1) {
      window = personsBetween(people, at.paragraphs().get(paragraph - 1).start(), offset, ignored);
      if (window.size() == 1 && window.contains(lastSpeaker) && lastSpeakerParagraph != paragraph) return null;
    }
    if (window.size() != 1) return null;
    Person p = window.iterator().next();
    int from = own.isEmpty() ? at.paragraphs().get(paragraph - 1).start() : at.paragraphs().get(paragraph).start();
    if (!opensSentenceBetween(at, p, from, offset)) return null;
    char gender = Titles.roleGender(head.text());
    return gender == 0 || p.gender() == 0 || p.gender() == gender ? p : null;
  }

  /**
   * Whether a mention of {@code p} inside {@code [from, to)} is the subject that opens its sentence, a title
   * before it at most ("New Jersey Gov. Chris Christie accused ..."), and not of a passive ("Trump was asked
   * ...", where the one who asked may be the description): a name met inside a quotation or as an object
   * is not what the writer goes on describing.
   */
  private static boolean opensSentenceBetween(AnnotatedText at, Person p, int from, int to) {
    List<Token> toks = at.tokens();
    for (NameMention m : p.mentions()) {
      if (m.start() < from || m.end() > to) continue;
      int first = at.sentences().get(toks.get(m.firstToken()).sentence()).firstToken();
      boolean opens = true;
      for (int k = first; k < m.firstToken() && opens; k++) opens = toks.get(k).isCapitalised() || toks.get(k).is(".");
      if (opens && (m.endToken() >= toks.size() || !Cues.isPassiveBe(toks.get(m.endToken())))) return true;
    }
    return false;
  }

  /** The persons with a mention inside {@code [from, to)}. */
  private static Set<Person> personsBetween(PersonIndex people, int from, int to, Predicate<Person> ignored) {
    Set<Person> out = new LinkedHashSet<>();
    for (Person p : people.mentionedBefore(to, MAX_MENTIONS)) {
      if (!ignored.test(p) && people.lastMentionBefore(p, to) >= from) out.add(p);
    }
    return out;
  }
}
