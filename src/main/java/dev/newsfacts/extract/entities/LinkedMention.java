package dev.newsfacts.extract.entities;

/** A mention with the entity it belongs to. */
public record LinkedMention(int start, int end, String text, EntityRef entity) {}
