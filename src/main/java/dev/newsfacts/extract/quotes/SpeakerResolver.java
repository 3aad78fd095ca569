package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Pronouns;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.util.List;

/**
 * Turns the source words of a quote into a {@link Speaker}: the person's fullest name, a
 * pronoun resolved to the right person (gender, then the latest speaker, then the latest
 * mention), or a description for an unnamed source. Called in text order: it remembers the
 * latest speaker, as a reader does.
 */
final class SpeakerResolver {
  private static final int SPEAKER_MEMORY_PARAGRAPHS = 3;
  /** How many earlier person mentions a pronoun may reach back over; news pronouns refer to someone recent. */
  private static final int MAX_CANDIDATES = 60;

  private final AnnotatedText at;
  private final List<Token> toks;
  private final PersonIndex people;
  private final Bylines bylines;
  private final ParagraphSubject paragraphSubject;
  private final PrecedingParagraphSubject precedingSubject;
  private final KnownNames known;
  private final OpeningCommonNoun openingCommonNoun;
  private Person lastSpeaker;
  private int lastSpeakerParagraph = -1;

  SpeakerResolver(AnnotatedText at, PersonIndex people, ParagraphSubject paragraphSubject,
      PrecedingParagraphSubject precedingSubject) {
    this.at = at;
    this.toks = at.tokens();
    this.people = people;
    this.bylines = new Bylines(at);
    this.paragraphSubject = paragraphSubject;
    this.precedingSubject = precedingSubject;
    this.known = new KnownNames(at, people);
    this.openingCommonNoun = new OpeningCommonNoun(toks);
  }

  Speaker resolve(Candidate c) {
    if (!c.attributed()) {
      return new Speaker(null, null, null, null, Resolution.NONE, c.unattributable() ? c.rule : null);
    }
    TokenSpan words = c.source.words();
    int a = toks.get(words.start()).start();
    int b = toks.get(words.end() - 1).end();
    TextSpan mention = new TextSpan(a, b, at.text().substring(a, b));
    Token first = toks.get(words.start());
    if (words.length() == 1 && Pronouns.subjectKind(first.text()) != 0) {
      Person p = resolvePronoun(Pronouns.subjectKind(first.text()), words.start());
      Resolution how = c.how == Resolution.NEARBY ? Resolution.NEARBY : Resolution.PRONOUN;
      if (p != null) remember(p, first.paragraph());
      return new Speaker(p == null ? null : known.fullName(p.name()), null, p == null ? first.text() : null, mention, how,
          c.rule);
    }
    // a relative pronoun ("Garland, who said") is named through the noun phrase it stands for
    TokenSpan naming = PossessorSkip.head(toks, c.source.naming());
    int na = toks.get(naming.start()).start();
    int nb = toks.get(naming.end() - 1).end();
    // "the former HP executive": a description of a person by role, whose capitalised words name no one
    boolean byRole = describesByRole(naming);
    Person p = byRole ? null : firstPersonIn(naming);
    if (p != null) {
      remember(p, first.paragraph());
      // "Wal-Mart said": the person found may be one piece of a hyphenated name
      String hyphenated = hyphenatedWordIn(naming);
      String named = hyphenated == null ? p.name() : HyphenatedName.widen(p.name(), hyphenated);
      return new Speaker(known.fullName(named), null, null, mention, c.how, c.rule);
    }
    String name = byRole ? null : known.fullName(properName(naming.start(), LocatedSubject.subjectEnd(toks, naming)));
    if (name != null) {
      return new Speaker(name, null, null, mention, c.how, c.rule);
    }
    int da = toks.get(c.source.naming().start()).start();
    String description = at.text().substring(da, nb);
    // "the Republican nominee": a description of someone the article named with those words
    Person linked = DescriptionLink.personFor(at, people, naming, a);
    if (linked != null) {
      remember(linked, first.paragraph());
      return new Speaker(known.fullName(linked.name()), null, description, mention, c.how, c.rule);
    }
    // "Cruz warned ... "…," the Texas senator said": a description of the one person just named
    Person sole = SolePersonBefore.personFor(at, people, naming, lastSpeaker, lastSpeakerParagraph, bylines::onlyInBylines);
    if (sole != null) {
      // not remembered as the latest speaker: a guess from its place, it must not steer the pronouns after it
      return new Speaker(known.fullName(sole.name()), null, description, mention, c.how, c.rule);
    }
    // "…, the chief executive of the grocer said." / "Chief executive Ana Ruiz said …": named in the paragraphs after
    Person ahead = LedeDescriptionAhead.personFor(at, people, new TokenSpan(c.source.naming().start(), naming.end()));
    if (ahead != null) return new Speaker(known.fullName(ahead.name()), null, description, mention, c.how, c.rule);
    return new Speaker(null, null, description, mention, c.how, c.rule);
  }

  /**
   * The person the phrase names: in a chain of appositives ("Paul Okafor, Minister of Industry")
   * the one before the first comma, else any in the phrase.
   */
  private Person firstPersonIn(TokenSpan naming) {
    int na = toks.get(naming.start()).start();
    int nb = toks.get(naming.end() - 1).end();
    Token opening = toks.get(naming.start());
    // "A spokesperson for the Ministry of Health, Bianca Fernandes": a description first, the name after it
    boolean descriptionFirst = "DET".equals(opening.pos()) || !opening.isCapitalised();
    for (int k = naming.start(); k < naming.end(); k++) {
      if (!toks.get(k).is(",")) continue;
      if (descriptionFirst) {
        Person after = k + 1 < naming.end() ? people.personIn(toks.get(k + 1).start(), nb) : null;
        if (after != null) return after;
        continue;
      }
      // "… at Lagos-based Cowrie Advisory, Mr. Tunde Bello, cautioned": a name set off after an organisation's name,
      // which the names alone cannot tell from a person's, is the speaker
      if (SetOffName.is(toks, k + 1, naming.end())) {
        Person after = people.personIn(toks.get(k + 1).start(), nb);
        if (after != null) return after;
      }
      Person lead = k > naming.start() ? people.personIn(na, toks.get(k - 1).end()) : null;
      if (lead != null) return lead;
      break;
    }
    return people.personIn(na, nb);
  }

  private void remember(Person p, int paragraph) {
    lastSpeaker = p;
    lastSpeakerParagraph = paragraph;
  }

  private Person resolvePronoun(char kind, int pronoun) {
    int offset = toks.get(pronoun).start();
    int paragraph = toks.get(pronoun).paragraph();
    if (kind != 'M' && kind != 'F') return null;
    List<Person> before = people.mentionedBefore(offset, MAX_CANDIDATES);
    before.removeIf(bylines::onlyInBylines);
    int sentence = at.sentenceAt(offset).index();
    // "Rubio said ... Trump, whom he called ...": the speaker already talking in this sentence wins
    if (lastSpeaker != null && compatible(lastSpeaker, kind)) {
      int last = people.lastMentionBefore(lastSpeaker, offset);
      if (last >= 0 && at.sentenceAt(last).index() == sentence) return lastSpeaker;
    }
    // "Trump said he ..." : a compatible person earlier in the same sentence wins, the one named first as
    // a subject before a later object ("Bush went after Trump, when he called ...")
    List<Person> sameSentence = new java.util.ArrayList<>();
    for (Person p : before) {
      int last = people.lastMentionBefore(p, offset);
      if (last >= 0 && at.sentenceAt(last).index() != sentence) break;
      if (last >= 0 && compatible(p, kind) && !sameSentence.contains(p)) sameSentence.add(p);
    }
    if (!sameSentence.isEmpty()) {
      Person subject = SubjectBeforePronoun.first(toks, sameSentence, at.sentenceAt(offset).start(), offset);
      return subject != null ? subject : sameSentence.get(0);
    }
    // "Whitfield declined to say whether ... "We'll see," she said.": the paragraph's own subject,
    // named after the last speaker's latest mention, outranks that speaker
    Person subject = paragraphSubject.before(offset);
    // "Desrochers rejected that description." / ""…," he said.": the subject the paragraph before ends on
    if (subject == null) subject = precedingSubject.before(pronoun);
    if (subject != null && subject != lastSpeaker && compatible(subject, kind) && lastSpeakerParagraph != paragraph
        && (lastSpeaker == null || people.lastMentionBefore(lastSpeaker, offset) < people.lastMentionBefore(subject, offset))) {
      return subject;
    }
    if (lastSpeaker != null && compatible(lastSpeaker, kind)
        && paragraph - lastSpeakerParagraph <= SPEAKER_MEMORY_PARAGRAPHS) {
      return lastSpeaker;
    }
    for (Person p : before) if (compatible(p, kind)) return p;
    return null;
  }

  private static boolean compatible(Person p, char kind) {
    return p.gender() == 0 || p.gender() == kind;
  }

  /** An article opening the phrase and a lower-case role noun ending it: "the former HP executive". */
  private boolean describesByRole(TokenSpan naming) {
    Token first = toks.get(naming.start());
    Token last = toks.get(naming.end() - 1);
    return (first.is("the") || first.is("a") || first.is("an")) && !last.isCapitalised() && PersonHeads.contains(last.text());
  }

  /** The capitalised name inside a source phrase that names no known person ("Trump", "the CDC"), or null. */
  /**
   * The hyphenated word ("Wal-Mart") that ends the span or the words before its first comma or
   * parenthesis, or null: a hyphenated word further on ("Smith of the Smith-Jones Report") names
   * something else.
   */
  private String hyphenatedWordIn(TokenSpan span) {
    String found = null;
    for (int k = span.start(); k < span.end(); k++) {
      TokenSpan word = HyphenatedName.around(toks, k);
      boolean ends = word.end() == span.end() || word.end() < span.end()
          && (toks.get(word.end()).is(",") || toks.get(word.end()).is("("));
      if (word.length() > 1 && word.start() >= span.start() && word.end() <= span.end() && ends) {
        found = HyphenatedName.text(at.text(), toks, word);
        k = word.end() - 1;
      }
    }
    return found;
  }

  private String properName(int from, int to) {
    int last = to - 1;
    // "Mark-Viverito said": a hyphenated name ending the span is one name word, whatever its pieces' tags
    TokenSpan hyphenated = HyphenatedName.around(toks, last);
    boolean glued = hyphenated.length() > 1 && hyphenated.start() >= from && hyphenated.end() == to;
    if (!glued && !isNameWord(toks.get(last))) return null;
    // "the Oregon senator/PROPN": a role word in lower case ends a description, not a name
    if (!toks.get(last).isCapitalised() && PersonHeads.contains(toks.get(last).text())) return null;
    int k = glued ? hyphenated.start() : last;
    // "the Justice Department", "the Sheriff's Department": a title word or a possessive inside an organisation's name
    boolean body = OrganizationWords.isHead(toks.get(last).text());
    while (k - 1 >= from) {
      Token prev = toks.get(k - 1);
      boolean joiner = (prev.is("for") || prev.is("of") || prev.is("on") || prev.is("and") || prev.is("&")
          || body && (prev.is("'s") || prev.is("’s")))
          && k - 2 >= from && isNameWord(toks.get(k - 2));
      // "Maya D. Song": the stop of an initial stays in the name, the initial with it
      if (AbbreviationDot.ofInitial(toks, k - 1) && k - 2 >= from) {
        k -= 2;
        continue;
      }
      // "the International Organization for Migration": connectors inside a capitalised name stay in it
      if (!joiner && !(isNameWord(prev) && (body || !Titles.isTitleWord(prev.text())))) break;
      k--;
    }
    // "High Commissioner for Refugees": a title stopped the walk at its joiner, which opens no name
    while (k < last && (toks.get(k).is("for") || toks.get(k).is("of") || toks.get(k).is("on") || toks.get(k).is("and")
        || toks.get(k).is("&"))) k++;
    // "Officials said": one word capitalised only because it opens the sentence names no one
    if (k == last && openingCommonNoun.at(k)) return null;
    String name = at.text().substring(toks.get(k).start(), toks.get(last).end());
    if (name.endsWith("’s") || name.endsWith("'s")) name = name.substring(0, name.length() - 2);
    return name.isEmpty() ? null : name;
  }

  /** A proper noun, or a capitalised word the tagger got wrong next to a quote mark ("Trump/ADJ said"). */
  private static boolean isNameWord(Token t) {
    // "Will/AUX Doyle": a given name the tagger read as an auxiliary
    return "PROPN".equals(SourceFinder.mainTag(t)) || t.isCapitalised() && SourceFinder.nounLike(t)
        || t.isCapitalised() && "AUX".equals(SourceFinder.mainTag(t)) && t.text().length() > 1;
  }
}
