package dev.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** direct: all in quotation marks; partial: a quoted fragment in reported speech; indirect: no marks. */
public enum QuoteKind {
  DIRECT, PARTIAL, INDIRECT;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
