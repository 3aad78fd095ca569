package dev.newsfacts.model;

import java.util.List;

/** A person, organisation, place or group, with every mention of it grouped. */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, List<String> titles, List<TextSpan> mentions) {}
