package dev.newsfacts.extract.meta;

import dev.newsfacts.model.Dateline;
import java.time.LocalDate;

/** A dateline form of one language, tried on the opening paragraphs when the English forms find none. */
@FunctionalInterface
public interface DatelineReader {
  /** The dateline opening {@code text} at {@code start} (paragraph end {@code end}), or null. */
  Dateline parse(String text, int start, int end, LocalDate reference);
}
