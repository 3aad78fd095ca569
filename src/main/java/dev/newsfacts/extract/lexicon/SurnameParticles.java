package dev.newsfacts.extract.lexicon;

import java.util.Set;

/**
 * Lower-case particles inside a surname ("de", "van", "bin"), capitalised only as a sentence's first word: one list,
 * read once, for the people and the entity rules that ask.
 */
public final class SurnameParticles {
  private static final Set<String> PARTICLES = WordList.set("/dev/newsfacts/lexicon/en/surname-particles.txt");

  private SurnameParticles() {}

  /** Whether {@code w}, as written, is a lower-case surname particle ("van" in "Pieter van Wyk"). */
  public static boolean contains(String w) {
    return PARTICLES.contains(w);
  }
}
