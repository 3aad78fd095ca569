package dev.newsfacts.extract.quotes;

/** A source found for a quote and the cue that attributes to it ({@code null}: none, as for "— Jane Doe"). */
record Attribution(Source source, TokenSpan cue) {}
