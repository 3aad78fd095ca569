package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;

/**
 * One mention of an entity: {@code [start, end)} in the article, the words, the type and the key
 * that groups mentions of one entity (its canonical name; for people, the person's fullest name).
 *
 * @param alias the name this mention stands for when it differs from its words
 *     ("US State Department" is a mention of "State Department"), else the words
 */
public record Mention(int start, int end, String text, EntityType type, String key, String alias) {
  public Mention(int start, int end, String text, EntityType type, String key) {
    this(start, end, text, type, key, text);
  }
}
