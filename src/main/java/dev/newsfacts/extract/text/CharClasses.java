package dev.newsfacts.extract.text;

/**
 * Whether every character of a word (or of its tail) is of one class. Loops rather than
 * {@code String.chars()} streams: the rules ask these of nearly every token, and a stream pipeline
 * there costs an allocation per call and a large body for the JIT to compile in every caller.
 * Characters are UTF-16 units, as {@code chars()} gives them.
 */
public final class CharClasses {
  private CharClasses() {}

  /** Whether every character of {@code s} from {@code from} on is a letter (true when there is none). */
  public static boolean allLetters(String s, int from) {
    return allLetters(s, from, s.length());
  }

  /** Whether every character of {@code s} in [{@code from}, {@code to}) is a letter (true when there is none). */
  public static boolean allLetters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLetter((int) s.charAt(i))) return false;
    }
    return true;
  }

  /** Whether every character of {@code s} from {@code from} on is lower case (true when there is none). */
  public static boolean allLowerCase(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isLowerCase((int) s.charAt(i))) return false;
    }
    return true;
  }

  /** Whether every character of {@code s} is upper case (true when there is none). */
  public static boolean allUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase((int) s.charAt(i))) return false;
    }
    return true;
  }

  /** Whether every character of {@code s} is a digit (true when there is none). */
  public static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit((int) s.charAt(i))) return false;
    }
    return true;
  }

  /** Whether some character of {@code s} is a letter. */
  public static boolean anyLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter((int) s.charAt(i))) return true;
    }
    return false;
  }

  /** Whether some character of {@code s} is lower case. */
  public static boolean anyLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase((int) s.charAt(i))) return true;
    }
    return false;
  }

}
