package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The lede's source: a story that opens with an organisation's figures ("American employers added 142,000 jobs last
 * month, the Labor Department said Friday") goes on with them ("Health care added 48,000 jobs") without naming it
 * again. A later figure takes that organisation when its sentence names no person or organisation of its own and no
 * quote holds it.
 */
final class LeadSource {
  private LeadSource() {}

  /** The paragraph of the body's first sentence, or -1. */
  static int firstParagraph(AnnotatedText at, int bodyStart) {
    for (Sentence s : at.sentences()) {
      if (Math.max(s.start(), bodyStart) < s.end()) return s.paragraph();
    }
    return -1;
  }

  /** A headline or deck line left in the body is shorter than this; a lede sentence is not. */
  private static final int LEDE_TOKENS = 20;

  /**
   * The lede's paragraph: the first one from the body's start holding a sentence of a lede's length, past a deck
   * or a second headline line ("Poll precedes battle on Capitol Hill."); -1 when there is none.
   */
  static int ledeParagraph(AnnotatedText at, int bodyStart) {
    for (Sentence s : at.sentences()) {
      if (Math.max(s.start(), bodyStart) < s.end() && s.endToken() - s.firstToken() >= LEDE_TOKENS) return s.paragraph();
    }
    return -1;
  }

  /** Whether sentence {@code s} is in the lede's paragraph or the one after it, where a story names its figures' source. */
  static boolean opensStory(Sentence s, int ledeParagraph) {
    return ledeParagraph >= 0 && s.paragraph() >= ledeParagraph && s.paragraph() <= ledeParagraph + 1;
  }

  /** Whether {@code source} names an organisation entity of the article. */
  static boolean isOrganisation(EntityIndex entities, Attribution source) {
    if (source == null || source.entityId() == null) return false;
    for (Entity e : entities.entities()) {
      if (e.id().equals(source.entityId())) return e.type() == EntityType.ORGANIZATION;
    }
    return false;
  }

  /**
   * Whether a source the text wrote out without an entity names an official body ("according to figures published by
   * the Department of Housing"): its figures lead the story as an organisation entity's would.
   */
  static boolean namesBody(Attribution source) {
    return source != null && source.entityId() == null && LeadSourcePatterns.BODY_NAME.matcher(source.name()).matches();
  }

  /** Whether a sentence speaks of a poll or a survey ("a new Quinnipiac University poll shows"). */
  static boolean namesPoll(String sentence) {
    return LeadSourcePatterns.POLL.matcher(sentence).find();
  }

  /**
   * Whether a poll's owner carries to the figures of sentence {@code s}: nobody is quoted there and no person or
   * organisation named there says anything ("43% of Ohio voters support Ted Strickland" names a candidate, no source).
   *
   * @param says whether a reporting verb follows the mention ending at an offset
   */
  static boolean pollCarriesTo(EntityIndex entities, Sentence s, IntPredicate says) {
    for (LinkedMention m : entities.within(s.start(), s.end())) {
      EntityType t = m.entity().type();
      if ((t == EntityType.PERSON || t == EntityType.ORGANIZATION) && says.test(m.end())) return false;
    }
    return !quoted(entities, s);
  }

  private static boolean quoted(EntityIndex entities, Sentence s) {
    for (Quote q : entities.quotes()) {
      if (q.start() < s.end() && s.start() < q.end() && q.speaker() != null && q.speaker().name() != null) return true;
    }
    return false;
  }

  /** Whether the lede's source carries to the figures of sentence {@code s}: nobody else is named or quoted there. */
  static boolean carriesTo(EntityIndex entities, Sentence s) {
    for (LinkedMention m : entities.within(s.start(), s.end())) {
      EntityType t = m.entity().type();
      if (t == EntityType.PERSON || t == EntityType.ORGANIZATION) return false;
    }
    for (Quote q : entities.quotes()) {
      if (q.start() < s.end() && s.start() < q.end() && q.speaker() != null && q.speaker().name() != null) return false;
    }
    return true;
  }

  /** Compiled on first use: tried only on an opening sentence whose source is no known organisation. */
  private static final class LeadSourcePatterns {
    /** The head word of an official body's name: "Department of Housing", "Central Statistics Office". */
    static final Pattern BODY_NAME = Pattern.compile(
        "\\A(?:\\p{Lu}[\\p{L}&'’-]*[ \\u00A0]+(?:(?:of|for|and|the)[ \\u00A0]+)*)*?"
            + "(?:Department|Ministry|Office|Agency|Authority|Board|Commission|Council|Institute|Bureau|Service|Centre|Center)"
            + "(?:[ \\u00A0]+(?:(?:of|for|and|the)[ \\u00A0]+)*\\p{Lu}[\\p{L}&'’-]*)*\\z");
    /** Words that name a poll: its candidates and parties, named in every sentence, speak for none of its figures. */
    static final Pattern POLL = Pattern.compile("\\b(?:poll|polls|polled|survey|surveyed)\\b", Pattern.CASE_INSENSITIVE);
  }
}
