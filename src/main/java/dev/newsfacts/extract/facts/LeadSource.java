package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;

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

  /** Whether {@code source} names an organisation entity of the article. */
  static boolean isOrganisation(EntityIndex entities, Attribution source) {
    if (source == null || source.entityId() == null) return false;
    for (Entity e : entities.entities()) {
      if (e.id().equals(source.entityId())) return e.type() == EntityType.ORGANIZATION;
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
}
