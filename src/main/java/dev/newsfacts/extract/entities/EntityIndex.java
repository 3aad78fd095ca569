package dev.newsfacts.extract.entities;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities of one article, the quotes with their speakers linked to them, and every mention in text
 * order, so later steps (facts) can ask which entity a stretch of text names.
 *
 * @param people each person's mentions with the title words before them, in the order of {@code entities}
 */
public record EntityIndex(List<Entity> entities, List<Quote> quotes, List<LinkedMention> mentions,
    List<PersonWithMentions> people) {

  /** A person entity and where it is named. */
  public record PersonWithMentions(EntityRef entity, List<PersonMention> mentions) {}

  /** Mentions lying inside {@code [start, end)}, in text order. */
  public List<LinkedMention> within(int start, int end) {
    List<LinkedMention> out = new ArrayList<>();
    for (LinkedMention m : mentions) {
      if (m.start() >= end) break;
      if (m.start() >= start && m.end() <= end) out.add(m);
    }
    return out;
  }

  /**
   * The same index without the mentions that lie inside {@code [start, end)}: without a dateline's ("NEW DELHI
   * (PTI) -"), a look back from the story ("the company said") cannot reach the agency or city that filed it.
   */
  public EntityIndex without(int start, int end) {
    if (end <= start) return this;
    List<LinkedMention> kept = new ArrayList<>();
    for (LinkedMention m : mentions) if (m.end() <= start || m.start() >= end) kept.add(m);
    return new EntityIndex(entities, quotes, List.copyOf(kept), people);
  }

  /** The mention starting at {@code offset} (the longest), or null. */
  public LinkedMention startingAt(int offset) {
    LinkedMention best = null;
    for (LinkedMention m : mentions) {
      if (m.start() > offset) break;
      if (m.start() == offset && (best == null || m.end() > best.end())) best = m;
    }
    return best;
  }

  /** The mention ending at {@code offset} (the longest), or null. */
  public LinkedMention endingAt(int offset) {
    LinkedMention best = null;
    for (LinkedMention m : mentions) {
      if (m.start() >= offset) break;
      if (m.end() == offset && (best == null || m.start() < best.start())) best = m;
    }
    return best;
  }

  /**
   * The entities with role titles found later (appositions: "Stephanie Brewer, director for Mexico at ...")
   * added to their person's titles; {@code titles} maps a person's entity name to titles in text order.
   */
  public List<Entity> withTitles(Map<String, List<String>> titles) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<String> more = titles.get(e.name());
      if (e.type() != EntityType.PERSON || more == null) {
        out.add(e);
        continue;
      }
      Set<String> all = new LinkedHashSet<>(e.titles());
      all.addAll(more);
      out.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), List.copyOf(all), e.mentions()));
    }
    return out;
  }

  /** Helper for callers collecting titles per person name, keeping first-seen order. */
  public static Map<String, List<String>> newTitleMap() {
    return new LinkedHashMap<>();
  }
}
