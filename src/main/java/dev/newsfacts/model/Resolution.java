package dev.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a speaker was found: named next to the quote, through a pronoun, from nearby text, or not at all. */
public enum Resolution {
  EXPLICIT, PRONOUN, NEARBY, NONE;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
