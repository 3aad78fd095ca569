package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;

/**
 * "ECG, which serves about 4.3 million customers, recorded revenue of GH¢21.6 billion, according to its annual
 * report": a source phrase owned by "its" is the organisation's own document, so the source is the organisation
 * named last before it (the sentence's subject, as a rule).
 */
final class OwnSource {
  private OwnSource() {}

  /**
   * The organisation an "its …" source phrase belongs to, or null when the phrase does not open with "its".
   *
   * @param phrase the source as written after "according to"
   * @param offset where the phrase's sentence says "according to"
   */
  static LinkedMention of(String phrase, String text, EntityIndex entities, int offset) {
    if (!phrase.startsWith("its ")) return null;
    return OwnerReference.lastOrganisationMention(text, entities, offset);
  }
}
