package dev.newsfacts.extract.text;

import java.util.regex.Pattern;

/**
 * Runs of white space, read with one pattern compiled once: {@code String.replaceAll} and
 * {@code String.split} with a regex compile it again at every call, on paths run for every sentence.
 */
public final class WhiteSpace {
  private static final Pattern RUN = Pattern.compile("\\s+");
  private static final Pattern SPACES = Pattern.compile("[ \\u00A0]+");

  private WhiteSpace() {}

  /** Every run of white space as one space, as {@code s.replaceAll("\\s+", " ")}. */
  public static String collapse(String s) {
    return RUN.matcher(s).replaceAll(" ");
  }

  /** The pieces between runs of white space, as {@code s.split("\\s+")} (a leading run gives an empty first piece). */
  public static String[] words(String s) {
    return RUN.split(s);
  }

  /** The pieces between runs of spaces and no-break spaces (line breaks stay inside), as {@code s.split("[ \\u00A0]+")}. */
  public static String[] spaceWords(String s) {
    return SPACES.split(s);
  }
}
