package dev.newsfacts.review;

/**
 * A run of article text with one look: plain, or inside a quote (and/or the cue or speaker mention
 * of some quotes). Rendered as a {@code <span>} unless plain.
 *
 * @param quoteId the innermost quote covering the run, or null
 * @param anchor the quote id when this run starts that quote (the target of side-panel links), or null
 * @param classes CSS classes (speaker colour, kind, cue, mention), empty when plain
 * @param tip the hover text of a quote run, or null
 * @param cueOf ids of the quotes whose cue this run is part of, space-separated, or null
 * @param mentionOf ids of the quotes whose speaker mention this run is part of, or null
 */
public record Segment(String text, String quoteId, String anchor, String classes, String tip, String cueOf,
                      String mentionOf, String speaker, String kind, String cue) {
  public boolean plain() {
    return classes.isEmpty();
  }
}
