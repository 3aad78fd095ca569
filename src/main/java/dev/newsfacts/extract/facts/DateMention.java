package dev.newsfacts.extract.facts;

/**
 * A date expression in the text, resolved: {@code date} is ISO 8601 at the precision the text gives
 * ("2023", "2023-09", "2023-10-05"), null when no reference date lets it be resolved.
 *
 * @param relation "at" for a point in time, "since" / "between" / "until" when it bounds a period
 */
record DateMention(int start, int end, String text, String date, String relation) {}
