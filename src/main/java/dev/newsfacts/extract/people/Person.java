package dev.newsfacts.extract.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One person of an article: every mention of them, the fullest name, titles and a gender if known. */
public final class Person {
  private final List<NameMention> mentions = new ArrayList<>();
  private final Set<String> titles = new LinkedHashSet<>();
  private List<String> fullest;
  private char gender;

  Person(NameMention first) {
    this.fullest = first.words();
    add(first);
  }

  void add(NameMention m) {
    mentions.add(m);
    if (m.words().size() > fullest.size()) fullest = m.words();
    if (!m.title().isEmpty()) titles.add(m.title());
  }

  void setGender(char g) {
    if (gender == 0) gender = g;
  }

  public String name() {
    return String.join(" ", fullest);
  }

  public List<String> nameWords() {
    return fullest;
  }

  public List<NameMention> mentions() {
    return mentions;
  }

  public Set<String> titles() {
    return titles;
  }

  /** 'M', 'F' or 0 when the article does not say. */
  public char gender() {
    return gender;
  }

  public int firstOffset() {
    return mentions.get(0).start();
  }
}
