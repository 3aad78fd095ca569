package dev.newsfacts.extract.people;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bench only (the quotes-only pipeline): turns the people of an article into PERSON entities and links each quote's speaker to one. */
public final class PersonEntities {
  private PersonEntities() {}

  /** Entities and the quotes with {@code speaker.entityId} filled in. */
  public record Linked(List<Entity> entities, List<Quote> quotes) {}

  public static Linked link(PersonIndex people, List<Quote> quotes) {
    List<Entity> entities = new ArrayList<>();
    Map<String, String> idByName = new HashMap<>();
    for (Person p : people.persons()) {
      String id = "e" + (entities.size() + 1);
      Set<String> aliases = new LinkedHashSet<>();
      List<TextSpan> mentions = new ArrayList<>();
      for (NameMention m : p.mentions()) {
        if (!m.text().equals(p.name())) aliases.add(m.text());
        mentions.add(new TextSpan(m.start(), m.end(), m.text()));
      }
      entities.add(new Entity(id, p.name(), EntityType.PERSON, List.copyOf(aliases), List.copyOf(p.titles()),
          mentions));
      idByName.putIfAbsent(p.name(), id);
    }
    List<Quote> linked = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Speaker s = q.speaker();
      String id = s.name() == null ? null : idByName.get(s.name());
      linked.add(id == null ? q : new Quote(q.id(), q.kind(), q.text(), q.start(), q.end(),
          new Speaker(s.name(), id, s.description(), s.mention(), s.resolution(), s.rule()), q.cue(), q.confidence()));
    }
    return new Linked(entities, linked);
  }
}
