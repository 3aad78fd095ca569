package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * "A source close to him said", "a person familiar with the talks said", "officials briefed on the
 * plan say": an unnamed source described by what it knows or whom it serves. The words before the
 * cue end with the object of the link ("him", "the talks"), which is not who speaks; the source is the
 * noun before the link, link and object included, and it is named by that noun alone.
 */
final class AffiliatedSubject {
  private static final List<List<String>> LINKS = WordList.lines("/dev/newsfacts/lexicon/en/affiliation-links.txt")
      .stream().map(l -> List.of(l.split(" "))).toList();
  /** "him", "her", "them": an object pronoun that ends the link's object. */
  private static final List<String> OBJECT_PRONOUNS = List.of("him", "her", "them", "us", "it");

  private AffiliatedSubject() {}

  /**
   * The source whose words end at token {@code last} when they are "NOUN LINK OBJECT", or null;
   * {@code npEndingAt} gives the noun phrase ending at a token (null when none).
   */
  static Source before(List<Token> toks, int last, int limit, IntFunction<TokenSpan> npEndingAt) {
    if (last < limit) return null;
    int objectStart;
    if (OBJECT_PRONOUNS.contains(toks.get(last).text().toLowerCase(Locale.ROOT))) {
      objectStart = last;
    } else {
      TokenSpan object = npEndingAt.apply(last);
      if (object == null) return null;
      objectStart = object.start();
    }
    for (List<String> link : LINKS) {
      int linkStart = objectStart - link.size();
      if (linkStart - 1 < limit || !matches(toks, linkStart, link)) continue;
      Token head = toks.get(linkStart - 1);
      if (!"NOUN".equals(head.pos()) && !"PROPN".equals(head.pos())) return null;
      TokenSpan named = npEndingAt.apply(linkStart - 1);
      // "At a briefing close to the border": the noun is itself a preposition's object, not a subject
      if (named == null || named.start() > limit && "ADP".equals(toks.get(named.start() - 1).pos())) return null;
      return new Source(new TokenSpan(named.start(), last + 1), named);
    }
    return null;
  }

  private static boolean matches(List<Token> toks, int from, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!toks.get(from + i).text().equalsIgnoreCase(words.get(i))) return false;
    }
    return true;
  }
}
