package dev.newsfacts.model;

/** A dated happening, its relative date resolved against the dateline or published date. */
public record EventFact(String id, String text, int start, int end, String date, String dateText) implements Fact {
  @Override
  public String kind() {
    return "event";
  }
}
