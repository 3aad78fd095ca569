package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;

/**
 * "According to the FBI's New Orleans field office, …": a source is credited in the story's own words. An
 * organisation the lists name in full ("Federal Bureau of Investigation") that the story only ever writes as a short
 * form ("FBI") keeps the short form as the source's name (its entity id still points at the whole entity); a long
 * form the story writes itself, and a reordered one ("Labor Department"), keep the full name.
 */
final class SourcesAsWritten {
  private SourcesAsWritten() {}

  /** The source named as the story writes it, or {@code source} unchanged. */
  static Attribution of(Attribution source, String text, EntityIndex entities) {
    if (source == null || source.entityId() == null || text.contains(source.name())) return source;
    for (Entity e : entities.entities()) {
      if (!e.id().equals(source.entityId())) continue;
      if (e.type() != EntityType.ORGANIZATION || !e.name().equals(source.name()) || e.mentions().isEmpty()) return source;
      // only a short form shares no word with the full name; "Labor Department" and "Department of Labor" do
      String written = e.mentions().get(0).text();
      return AcronymSources.shortForm(written) ? new Attribution(written, source.entityId()) : source;
    }
    return source;
  }
}
