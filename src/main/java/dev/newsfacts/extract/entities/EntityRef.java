package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;

/** An entity of the result as facts refer to it: its id, canonical name and type. */
public record EntityRef(String id, String name, EntityType type) {}
