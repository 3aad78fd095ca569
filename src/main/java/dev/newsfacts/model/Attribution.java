package dev.newsfacts.model;

/** The source a figure is credited to ("according to the CDC"). */
public record Attribution(String name, String entityId) {}
