package dev.newsfacts.extract.quotes;

/**
 * The words that name the source of an attribution, as tokens {@code [first, end)}, and the
 * cue token that attributes (or -1; "according to" uses its first word).
 */
record SourceSpan(int first, int end, int cue, int cueEnd) {}
