package dev.newsfacts.model;

/** Entity classes of the result format. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, NORP, OTHER }
