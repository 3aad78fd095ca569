package dev.newsfacts.model;

/** A person holding a title, at an organisation when the text says which. */
public record RoleFact(
    String id, String person, String title, String organization, int start, int end, String text) implements Fact {
  @Override
  public String kind() {
    return "role";
  }
}
