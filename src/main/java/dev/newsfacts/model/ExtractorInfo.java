package dev.newsfacts.model;

import java.util.SortedMap;

/** Name, version and the models used, so a stored result says what produced it. */
public record ExtractorInfo(String name, String version, SortedMap<String, String> models) {}
