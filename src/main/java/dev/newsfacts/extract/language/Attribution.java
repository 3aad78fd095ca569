package dev.newsfacts.extract.language;

/**
 * Who a quote's cue names: a person's name, a pronoun (its gender in {@code pronoun}), or a
 * description ("la porte-parole du ministère"). Offsets are those of the naming words; the cue is
 * the speech verb (or "selon"), or absent (cueStart -1) when the speaker comes from a nearby quote.
 */
record Attribution(int start, int end, String name, char pronoun, String description, int cueStart, int cueEnd,
    String rule) {
  boolean isPronoun() {
    return pronoun != 0;
  }
}
